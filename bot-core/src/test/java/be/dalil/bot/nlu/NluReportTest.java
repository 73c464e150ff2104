package be.dalil.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NluReportTest {

  private static final NluEvaluation.Report REPORT = new NluEvaluation.Report("Dalil", 10, 0.9,
      Map.of("en (>= 92%)", 0.9), 0.9, 0.01, 1.0, 0.01, 0.98, 0.005, 1.0, 0.0,
      List.of("2  housing -> social_welfare"));

  @Test
  void reportsOnlyTotalsForTheFrozenTestSet() {
    assertThat(NluEvaluation.format(NluEvaluation.TEST_SET, REPORT, REPORT))
        .contains("intent accuracy").doesNotContain("housing -> social_welfare");
  }

  @Test
  void listsTheConfusionsOfTheDevSetForTuning() {
    assertThat(NluEvaluation.format("nlu-dev", REPORT, REPORT))
        .contains("2  housing -> social_welfare");
  }
}
