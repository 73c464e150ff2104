package be.dalil.knowledge.unanswered;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link UnansweredStore} in a map. */
final class InMemoryUnansweredStore implements UnansweredStore {

  private record Key(String groupId, LocalDate day) {}

  private final Map<Key, DayCount> counts = new HashMap<>();
  private final Map<String, Instant> marks = new HashMap<>();

  @Override
  public synchronized void add(List<DayCount> added) {
    for (DayCount c : added) {
      counts.merge(new Key(c.groupId(), c.day()), c, (old, more) ->
          new DayCount(old.groupId(), old.question(), old.day(), old.count() + more.count()));
    }
  }

  @Override
  public synchronized List<DayCount> since(LocalDate from) {
    return new ArrayList<>(counts.values().stream().filter(c -> !c.day().isBefore(from))
        .toList());
  }

  @Override
  public synchronized long deleteBefore(LocalDate day) {
    int before = counts.size();
    counts.keySet().removeIf(k -> k.day().isBefore(day));
    return before - counts.size();
  }

  @Override
  public synchronized void markAnswered(String groupId, Instant at) {
    marks.put(groupId, at);
  }

  @Override
  public synchronized Set<String> answeredSince(Instant from) {
    return marks.entrySet().stream().filter(e -> !e.getValue().isBefore(from))
        .map(Map.Entry::getKey).collect(Collectors.toSet());
  }

  @Override
  public synchronized long deleteMarksBefore(Instant at) {
    int before = marks.size();
    marks.values().removeIf(t -> t.isBefore(at));
    return before - marks.size();
  }
}
