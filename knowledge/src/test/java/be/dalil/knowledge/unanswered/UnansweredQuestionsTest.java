package be.dalil.knowledge.unanswered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.dalil.i18n.Language;
import be.dalil.knowledge.HandClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnansweredQuestionsTest {

  final HandClock clock = new HandClock(Instant.parse("2026-12-01T10:00:00Z"));
  final UnansweredStore store = UnansweredStore.inMemory();
  final UnansweredQuestions questions = UnansweredQuestions.open(store, clock,
      Duration.ofDays(30), 100);

  static UnansweredQuestion question(String text, Language lang) {
    return new UnansweredQuestion(text, lang, Optional.empty(), Optional.of("Schaerbeek"));
  }

  @Test
  void groupsTheSameQuestionWrittenDifferentlyAndCountsIt() {
    questions.record(question("Où trouver une crèche ?", Language.FR));
    questions.record(question("ou trouver une CRECHE", Language.FR));
    questions.record(question("où   trouver une crèche?", Language.FR));
    questions.record(question("Where is a creche?", Language.EN));
    questions.flush();

    List<UnansweredGroup> groups = questions.groups();
    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).count()).isEqualTo(3);
    assertThat(groups.get(0).language()).isEqualTo(Language.FR);
    assertThat(groups.get(0).municipality()).contains("Schaerbeek");
    assertThat(groups.get(1).count()).isEqualTo(1);
  }

  @Test
  void masksAddressesLinksAndLongNumbers() {
    UnansweredQuestion q = question("mail me at jan.peeters@example.be or call +32 470 12 34 56,"
        + " see https://example.be/x, my number 85.07.30-033.61", Language.EN);
    assertThat(q.text()).isEqualTo("mail me at [e-mail] or call [number], see [link] my number"
        + " [number]");
    assertThat(question("I am 34 and I live at number 12", Language.EN).text())
        .isEqualTo("I am 34 and I live at number 12");
    assertThat(question("a".repeat(1000), Language.EN).text())
        .hasSize(UnansweredQuestion.MAX_TEXT + 1).endsWith("…");
  }

  @Test
  void countsNothingBeforeAFlushAndEverythingAfter() {
    questions.record(question("set an alarm", Language.EN));
    assertThat(questions.groups()).isEmpty();
    assertThat(questions.flush()).isEqualTo(1);
    assertThat(questions.flush()).isZero();
    assertThat(questions.groups()).singleElement()
        .satisfies(g -> assertThat(g.count()).isEqualTo(1));
  }

  @Test
  void keepsCountsForTheRetentionPeriodOnly() {
    questions.record(question("set an alarm", Language.EN));
    questions.flush();
    clock.advance(Duration.ofDays(20));
    questions.record(question("set an alarm", Language.EN));
    questions.flush();
    assertThat(questions.groups()).singleElement().satisfies(g -> {
      assertThat(g.count()).isEqualTo(2);
      assertThat(g.firstDay()).isEqualTo(LocalDate.parse("2026-12-01"));
      assertThat(g.lastDay()).isEqualTo(LocalDate.parse("2026-12-21"));
    });

    clock.advance(Duration.ofDays(11)); // the first day is now 31 days old
    assertThat(questions.groups()).singleElement()
        .satisfies(g -> assertThat(g.count()).isEqualTo(1));
    assertThat(questions.purge()).isEqualTo(1);
    assertThat(store.since(LocalDate.MIN)).hasSize(1);
    clock.advance(Duration.ofDays(20));
    questions.purge();
    assertThat(store.since(LocalDate.MIN)).isEmpty();
    assertThat(questions.groups()).isEmpty();
  }

  @Test
  void dropsNewGroupsWhenTooManyWaitButStillCountsKnownOnes() {
    UnansweredQuestions small = UnansweredQuestions.open(store, clock, Duration.ofDays(30), 2);
    assertThat(small.record(question("one", Language.EN))).isTrue();
    assertThat(small.record(question("two", Language.EN))).isTrue();
    assertThat(small.record(question("three", Language.EN))).isFalse();
    assertThat(small.record(question("one", Language.EN))).isTrue();
    assertThat(small.dropped()).isEqualTo(1);
    small.flush();
    assertThat(small.record(question("three", Language.EN))).isTrue();
  }

  @Test
  void keepsTheCountsInMemoryWhenTheStoreFails() {
    FailingStore failing = new FailingStore();
    UnansweredQuestions q = UnansweredQuestions.open(failing, clock, Duration.ofDays(30), 10);
    q.record(question("set an alarm", Language.EN));
    failing.down = true;
    assertThatThrownBy(q::flush).isInstanceOf(IllegalStateException.class);
    q.record(question("set an alarm", Language.EN));
    failing.down = false;
    q.flush();
    assertThat(q.groups()).singleElement().satisfies(g -> assertThat(g.count()).isEqualTo(2));
  }

  @Test
  void exportsUnansweredGroupsInTheTrainingCorpusFormatAndLeavesOutAnsweredOnes() {
    questions.record(new UnansweredQuestion("ik zoek een\tcrèche", Language.NL,
        Optional.of("childcare"), Optional.empty()));
    questions.record(question("set an alarm", Language.EN));
    questions.record(question("set an alarm", Language.EN));
    questions.flush();
    assertThat(questions.exportTsv()).isEqualTo("""
        lang\tintent\ttext
        en\tout_of_scope\tset an alarm
        nl\tchildcare\tik zoek een crèche
        """);

    String alarm = questions.groups().get(0).id();
    assertThat(questions.markAnswered(alarm)).isTrue();
    assertThat(questions.markAnswered("0000")).isFalse();
    assertThat(questions.groups().get(0).answered()).isTrue();
    assertThat(questions.exportTsv()).doesNotContain("alarm");
    clock.advance(Duration.ofDays(31));
    questions.purge();
    assertThat(store.answeredSince(Instant.EPOCH)).isEmpty();
  }

  @Test
  void refusesARetentionShorterThanADay() {
    assertThatThrownBy(() -> UnansweredQuestions.open(store, clock, Duration.ofHours(1), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A store that can be switched off. */
  static final class FailingStore implements UnansweredStore {
    final UnansweredStore inner = UnansweredStore.inMemory();
    boolean down;

    @Override
    public void add(List<DayCount> counts) {
      if (down) {
        throw new IllegalStateException("database down");
      }
      inner.add(counts);
    }

    @Override
    public List<DayCount> since(LocalDate from) {
      return inner.since(from);
    }

    @Override
    public long deleteBefore(LocalDate day) {
      return inner.deleteBefore(day);
    }

    @Override
    public void markAnswered(String groupId, Instant at) {
      inner.markAnswered(groupId, at);
    }

    @Override
    public Set<String> answeredSince(Instant from) {
      return inner.answeredSince(from);
    }

    @Override
    public long deleteMarksBefore(Instant at) {
      return inner.deleteMarksBefore(at);
    }
  }
}
