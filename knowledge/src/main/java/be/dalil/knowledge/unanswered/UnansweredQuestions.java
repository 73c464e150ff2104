package be.dalil.knowledge.unanswered;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What newcomers ask that Dalil cannot answer, counted for editors. Recording only counts in
 * memory (replies never wait for the database); {@link #flush()} writes the counts, which a
 * background thread calls every few seconds. Counts are kept per day and deleted after the
 * retention period; nothing links them to a conversation. Thread-safe.
 */
public final class UnansweredQuestions {

  /** The training corpus's columns: editors label the export and add it to the corpus. */
  public static final String TSV_HEADER = "lang\tintent\ttext";

  private record Key(String groupId, LocalDate day) {}

  private record Pending(UnansweredQuestion question, long count) {
    Pending plusOne() {
      return new Pending(question, count + 1);
    }
  }

  private final UnansweredStore store;
  private final Clock clock;
  private final Duration retention;
  private final int maxPending;
  private final Map<Key, Pending> pending = new ConcurrentHashMap<>();
  private final AtomicLong dropped = new AtomicLong();

  private UnansweredQuestions(UnansweredStore store, Clock clock, Duration retention,
      int maxPending) {
    this.store = Objects.requireNonNull(store);
    this.clock = Objects.requireNonNull(clock);
    if (retention.toDays() < 1) {
      throw new IllegalArgumentException("retention must be at least a day");
    }
    this.retention = retention;
    this.maxPending = maxPending;
  }

  /**
   * @param retention how long a day's counts are kept
   * @param maxPending groups counted in memory between two flushes; more are dropped (a flood of
   *     distinct junk must not grow memory)
   */
  public static UnansweredQuestions open(UnansweredStore store, Clock clock, Duration retention,
      int maxPending) {
    return new UnansweredQuestions(store, clock, retention, maxPending);
  }

  /** Counts a question; false when it was dropped because too many groups wait to be written. */
  public boolean record(UnansweredQuestion question) {
    if (question.text().isEmpty()) {
      return false;
    }
    Key key = new Key(question.groupId(), today());
    if (pending.size() >= maxPending && !pending.containsKey(key)) {
      dropped.incrementAndGet();
      return false;
    }
    pending.compute(key, (k, old) -> old == null ? new Pending(question, 1) : old.plusOne());
    return true;
  }

  /** Questions dropped since the start because the buffer was full. */
  public long dropped() {
    return dropped.get();
  }

  /**
   * Writes the counts made since the last flush. On failure they stay in memory for the next
   * flush, and the error is thrown.
   */
  public int flush() {
    List<UnansweredStore.DayCount> batch = new ArrayList<>();
    for (Key key : List.copyOf(pending.keySet())) {
      Pending taken = pending.remove(key); // atomic: a concurrent record starts a new count
      if (taken != null) {
        batch.add(new UnansweredStore.DayCount(key.groupId(), taken.question(), key.day(),
            taken.count()));
      }
    }
    if (batch.isEmpty()) {
      return 0;
    }
    try {
      store.add(batch);
    } catch (RuntimeException e) {
      for (UnansweredStore.DayCount c : batch) {
        pending.merge(new Key(c.groupId(), c.day()), new Pending(c.question(), c.count()),
            (a, b) -> new Pending(a.question(), a.count() + b.count()));
      }
      throw e;
    }
    return batch.size();
  }

  /** Deletes counts and marks older than the retention period; returns the day counts deleted. */
  public long purge() {
    store.deleteMarksBefore(clock.instant().minus(retention));
    return store.deleteBefore(firstKeptDay());
  }

  /** The groups of the retention period, most asked first (written counts only). */
  public List<UnansweredGroup> groups() {
    Set<String> answered = store.answeredSince(clock.instant().minus(retention));
    Map<String, List<UnansweredStore.DayCount>> byGroup = new HashMap<>();
    for (UnansweredStore.DayCount c : store.since(firstKeptDay())) {
      byGroup.computeIfAbsent(c.groupId(), g -> new ArrayList<>()).add(c);
    }
    List<UnansweredGroup> groups = new ArrayList<>();
    byGroup.forEach((id, days) -> {
      UnansweredQuestion q = days.get(0).question();
      groups.add(new UnansweredGroup(id, q.text(), q.language(), q.topic(), q.municipality(),
          days.stream().mapToLong(UnansweredStore.DayCount::count).sum(),
          days.stream().map(UnansweredStore.DayCount::day).min(Comparator.naturalOrder())
              .orElseThrow(),
          days.stream().map(UnansweredStore.DayCount::day).max(Comparator.naturalOrder())
              .orElseThrow(),
          answered.contains(id)));
    });
    groups.sort(Comparator.comparingLong(UnansweredGroup::count).reversed()
        .thenComparing(UnansweredGroup::lastDay, Comparator.reverseOrder())
        .thenComparing(UnansweredGroup::id));
    return groups;
  }

  /** Marks a group answered; false when no such group is kept. */
  public boolean markAnswered(String groupId) {
    boolean known = groups().stream().anyMatch(g -> g.id().equals(groupId));
    if (known) {
      store.markAnswered(groupId, clock.instant());
    }
    return known;
  }

  /**
   * The groups not yet answered in the training corpus's format, one line each, the closest topic
   * as the intent for the editor to correct.
   */
  public String exportTsv() {
    StringBuilder tsv = new StringBuilder(TSV_HEADER).append('\n');
    for (UnansweredGroup g : groups()) {
      if (!g.answered()) {
        tsv.append(g.language().code()).append('\t').append(g.topic().orElse("out_of_scope"))
            .append('\t').append(g.text()).append('\n');
      }
    }
    return tsv.toString();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private LocalDate firstKeptDay() {
    return LocalDate.ofInstant(clock.instant().minus(retention), ZoneOffset.UTC).plusDays(1);
  }
}
