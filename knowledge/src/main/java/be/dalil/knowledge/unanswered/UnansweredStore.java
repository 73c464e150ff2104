package be.dalil.knowledge.unanswered;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Where unanswered questions are counted: one count per group and day, so that a day's counts
 * can be deleted when they are too old. Implementations: in memory (tests), MongoDB.
 */
public interface UnansweredStore {

  /** Adds {@code count} to the group's count of {@code day}, creating it when new. */
  record DayCount(String groupId, UnansweredQuestion question, LocalDate day, long count) {}

  /** Adds every count; all of them are kept when this returns. */
  void add(List<DayCount> counts);

  /** Every count of {@code from} or later. */
  List<DayCount> since(LocalDate from);

  /** Deletes the counts of days before {@code day}; returns how many day counts went. */
  long deleteBefore(LocalDate day);

  /** Marks a group answered (by a new answer, a new listing or a training line). */
  void markAnswered(String groupId, Instant at);

  /** The groups marked answered at or after {@code from}. */
  Set<String> answeredSince(Instant from);

  /** Forgets the marks made before {@code at}. */
  long deleteMarksBefore(Instant at);

  /** A store in memory, for tests and tools. */
  static UnansweredStore inMemory() {
    return new InMemoryUnansweredStore();
  }
}
