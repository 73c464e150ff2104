package be.dalil.bot.texts;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The texts stay plain: at most 15 words a sentence on average and no sentence over 30 in any
 * language; English at most grade 8; Dutch and French at least 60 on their reading-ease scale,
 * "fairly easy", where the Flemish "klare taal" guidance puts B1.
 */
class ReadabilityTest {

  @ParameterizedTest
  @EnumSource(Language.class)
  void keepsSentencesShort(Language language) {
    Readability.Figures figures = Readability.measure(language);
    assertThat(figures.sentences()).isGreaterThan(300);
    assertThat(figures.averageWords()).isLessThanOrEqualTo(15);
    assertThat(figures.longest()).allSatisfy(s -> assertThat(s.words())
        .as(s.source() + ": " + s.text()).isLessThanOrEqualTo(30));
  }

  @Test
  void meetsEachLanguagesReadingEaseTarget() {
    assertThat(Readability.measure(Language.EN).ease()).isLessThanOrEqualTo(8);
    assertThat(Readability.measure(Language.FR).ease()).isGreaterThanOrEqualTo(60);
    assertThat(Readability.measure(Language.NL).ease()).isGreaterThanOrEqualTo(60);
  }

  @Test
  void readsAMessageAsItsCommonestForm() {
    assertThat(Readability.flatten("{count, plural, one {One office near {place}:}"
        + " other {# offices near {place}:}}")).isEqualTo("3 offices near {place}:");
    assertThat(Readability.words("3 offices near {place}:")).hasSize(4);
    assertThat(Readability.syllables("organisation", Language.EN)).isEqualTo(5);
    assertThat(Readability.syllables("huisarts", Language.NL)).isEqualTo(2);
  }
}
