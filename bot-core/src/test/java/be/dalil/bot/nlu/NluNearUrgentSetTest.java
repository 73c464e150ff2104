package be.dalil.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The near-urgent dev slice ({@link NluEvaluation#NEAR_URGENT_SET}: ordinary messages with
 * alarming words and emergencies worded like them) does not slip back. Floors a line or two
 * below the figures when they were set (urgent recall 96.2%, 51 of 53; ordinary messages taken
 * as urgent 7.5%, 12 of 160), so that a retraining that brings back the false alarms fails the
 * build. This replaces single examples at the threshold's edge ("la police m'a contrôlé hier"),
 * which moved with every retraining. The full report: {@code exec:java@nlu-near-urgent}.
 *
 * <p>With the 120 requests for a doctor beside symptoms (December 2026) the slice holds 333
 * messages; before training on such requests Dalil caught 89.4% of its emergencies (101 of 113)
 * and took 5.0% of the others as urgent (11 of 220); after it, 98.2% (111 of 113) and 7.3% (16 of
 * 220). The floors stay where they were, below those figures.
 */
class NluNearUrgentSetTest {

  @Test
  void keepsUrgencyRecallAndFalseAlarmsOnTheNearUrgentSlice() {
    NluEvaluation.Report r = NluTargets.dalil(Path.of(NluEvaluation.NEAR_URGENT_SET));
    assertThat(r.urgentRecall()).as("urgent recall").isGreaterThanOrEqualTo(0.94);
    assertThat(r.falseUrgent()).as("ordinary messages taken as urgent").isLessThanOrEqualTo(0.09);
  }
}
