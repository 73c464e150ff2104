package be.dalil.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.i18n.Language;
import be.dalil.i18n.Messages;
import be.dalil.i18n.PlaceGrammar;
import be.dalil.knowledge.Municipality;
import be.dalil.knowledge.PlaceResolver;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Place names follow each language's grammar in every reply that names a place. */
class PlaceNamesInRepliesTest {

  private static final Messages MESSAGES = new Messages(Dialog.MESSAGES);
  /** "de Anvers", "de Ixelles", "de Le Coq": French elides or contracts these. */
  private static final Pattern UNELIDED = Pattern.compile(
      "\\bde (?:[AEIOUYÉÈÊ]|Le |Les )");
  /** "d'Gand": elision only before a vowel. */
  private static final Pattern WRONG_ELISION = Pattern.compile("\\bd'[^AEIOUYÉÈÊaeiouyéèê]");

  @Test
  void elidesFrenchBeforeEveryMunicipalityName() {
    PlaceResolver places = TestKnowledge.get().places();
    int checked = 0;
    for (Municipality m : places.municipalities()) {
      String name = m.name(Language.FR);
      for (String key : MESSAGES.keys(Language.FR)) {
        if (!MESSAGES.pattern(Language.FR, key).contains("Place}")) {
          continue;
        }
        String text = MESSAGES.format(Language.FR, key, Map.of("count", 2, "place", name,
            "dePlace", PlaceGrammar.frenchDe(name), "language", "arabe"));
        assertThat(text).as(key + " for " + name).doesNotContainPattern(UNELIDED)
            .doesNotContainPattern(WRONG_ELISION);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1000);
    assertThat(PlaceGrammar.frenchDe("Anvers")).isEqualTo("d'Anvers");
    assertThat(PlaceGrammar.frenchDe("Gand")).isEqualTo("de Gand");
    assertThat(PlaceGrammar.frenchDe("Le Coq")).isEqualTo("du Coq");
    assertThat(PlaceGrammar.frenchDe("Ixelles")).isEqualTo("d'Ixelles");
    assertThat(PlaceGrammar.frenchDe("Hasselt")).isEqualTo("de Hasselt");
  }

  @Test
  void namesThePlaceInEveryLanguagesOwnSpelling() {
    Municipality antwerp = TestKnowledge.get().places().byId("antwerpen").orElseThrow();
    Map<Language, String> expected = Map.of(Language.EN, "Antwerp", Language.FR, "d'Anvers",
        Language.NL, "Antwerpen", Language.AR, "أنتويرب");
    for (Language language : Language.values()) {
      String name = antwerp.name(language);
      String text = MESSAGES.format(language, "actors.intro.nearby", Map.of("count", 3,
          "place", name, "dePlace", PlaceGrammar.frenchDe(name)));
      assertThat(text).as(language.code()).contains(expected.get(language));
    }
  }
}
