package be.dalil.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.bot.Assistant;
import be.dalil.i18n.Language;
import be.dalil.i18n.Messages;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every reply text exists in all four languages and formats. */
class DialogBundleTest {

  private final Messages messages = new Messages(Assistant.MESSAGES);

  @Test
  void hasEveryKeyInEveryLanguage() {
    for (Language language : Language.values()) {
      assertThat(messages.keys(language)).as(language.code())
          .containsExactlyInAnyOrderElementsOf(messages.keys(Language.EN));
    }
  }

  @Test
  void formatsEveryMessageWithTypicalArguments() {
    Map<String, Object> args = Map.of("count", 3, "place", "Gent", "dePlace", "de Gand",
        "distance", "2 km", "language", "Nederlands", "topic", "Health fund", "topics",
        "“Health fund” and “Open a bank account”");
    for (Language language : Language.values()) {
      for (String key : messages.keys(language)) {
        assertThat(messages.format(language, key, args)).as(language + " " + key)
            .isNotBlank().doesNotContain("{").doesNotContain("}");
      }
    }
  }

  @Test
  void usesArabicPluralForms() {
    String two = messages.format(Language.AR, "actors.intro.nearby",
        Map.of("count", 2, "place", "غنت"));
    String three = messages.format(Language.AR, "actors.intro.nearby",
        Map.of("count", 3, "place", "غنت"));
    String eleven = messages.format(Language.AR, "actors.intro.nearby",
        Map.of("count", 11, "place", "غنت"));
    assertThat(two).contains("منظمتين").doesNotContain("2");
    assertThat(three).contains("3 منظمات");
    assertThat(eleven).contains("11 منظمة");
  }

  @Test
  void formatsDistancesPerLocale() {
    assertThat(messages.kilometres(Language.EN, 2.44)).isEqualTo("2.4 km");
    assertThat(messages.kilometres(Language.FR, 2.44)).matches("2,4\\h?km");
    assertThat(messages.kilometres(Language.NL, 12.0)).isEqualTo("12 km");
    assertThat(messages.kilometres(Language.AR, 2.44)).contains("2.4");
  }
}
