package be.dalil.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.knowledge.PlaceResolver;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps understanding at its targets on the held-out dev set, so that a corpus or feature change
 * that makes it worse fails the build. The full report: {@code mvn -pl bot-core exec:java@nlu-eval}.
 */
class NluDevSetTest {

  private static NluEvaluation.Report report;

  @BeforeAll
  static void evaluate() {
    report = NluEvaluation.evaluate(NluCorpus.readDirectory(Path.of("src/test/resources/nlu-dev")),
        MessageInterpreter.loadShipped(PlaceResolver.shipped()));
  }

  @Test
  void understandsAtLeast95PercentOfMessages() {
    assertThat(report.accuracy()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void understandsAtLeast92PercentInEveryLanguage() {
    report.byLanguage().forEach((language, figures) ->
        assertThat(figures[0]).as(language).isGreaterThanOrEqualTo(0.92));
  }

  @Test
  void understandsArabiziAndDarijaAlmostAsWell() {
    assertThat(report.byVariant().get("ar-arabizi")[0]).isGreaterThanOrEqualTo(0.92);
    assertThat(report.byVariant().get("ar-darija")[0]).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void recognisesOutOfScopeMessagesWithoutRejectingRealQuestions() {
    assertThat(report.oosRecall()).isGreaterThanOrEqualTo(0.90);
    assertThat(report.inScopeRejected()).isLessThanOrEqualTo(0.03);
  }

  @Test
  void identifiesTheLanguageOfMessagesOfThreeOrMoreWords() {
    assertThat(report.languageAccuracy3Words()).isGreaterThanOrEqualTo(0.98);
  }
}
