package be.dalil.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures the README reports, on the frozen test set (written by an author who never saw the
 * training or dev lines; nobody tunes on its errors): the targets, and better than the classical
 * baseline on every figure. The report: {@code mvn -pl bot-core exec:java@nlu-test}. The second
 * frozen set ({@code nlu-unseen/}, messages of kinds nobody on the team wrote) is held to the
 * targets and to beating the baseline's accuracy, so that what new users write cannot slip back
 * unnoticed ({@code exec:java@nlu-unseen}); its overall accuracy, 283 of 298 (94.97%) until
 * 2026-12-04, is 284 of 298 (95.3%) since a question before the languages someone speaks is no
 * longer read as a request to change language.
 */
class NluTestSetTest {

  private static final Path TEST = Path.of("src/test/resources/nlu-test");
  private static final Path UNSEEN = Path.of(NluEvaluation.UNSEEN_SET);
  private static NluEvaluation.Report dalil;
  private static NluEvaluation.Report baseline;
  private static NluEvaluation.Report dalilUnseen;
  private static NluEvaluation.Report baselineUnseen;

  @BeforeAll
  static void evaluate() {
    dalil = NluTargets.dalil(TEST);
    dalilUnseen = NluTargets.dalil(UNSEEN);
    var trained = NluEvaluation.baseline(NluCorpus.readDirectory(NluTargets.TRAIN));
    baseline = NluTargets.baseline(TEST, trained);
    baselineUnseen = NluTargets.baseline(UNSEEN, trained);
  }

  @Test
  void meetsTheTargetsOnMessagesOfKindsNobodyOnTheTeamWrote() {
    NluTargets.meetsTheTargets(dalilUnseen);
    assertThat(dalilUnseen.accuracy()).isGreaterThan(baselineUnseen.accuracy());
    assertThat(dalilUnseen.urgentRecall()).isGreaterThanOrEqualTo(baselineUnseen.urgentRecall());
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
