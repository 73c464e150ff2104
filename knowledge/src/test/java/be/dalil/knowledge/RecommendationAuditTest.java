package be.dalil.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The recommendation report of every topic and place of Brussels and Flanders is all zeros. */
class RecommendationAuditTest {

  @Test
  void recommendsOnlyWhatANewcomerCanActOnEverywhere() {
    RecommendationAudit.Report report = RecommendationAudit.run(
        KnowledgeBase.open(KnowledgeStorage.inMemory(), Clock.systemUTC()),
        SearchSettings.defaults());
    assertThat(report.lists()).isGreaterThan(6000);
    assertThat(report.examples()).as("first problems found").isEmpty();
    assertThat(report.clean()).isTrue();
  }
}
