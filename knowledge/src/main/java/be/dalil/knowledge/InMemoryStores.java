package be.dalil.knowledge;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores without durability, for tests and tools. Insertion order is kept, as on MongoDB. */
final class InMemoryStores {

  private final Map<String, StoredActor> actors = new LinkedHashMap<>();
  /** Each actor's search keys, computed once when it is stored. */
  private final Map<String, List<String>> keys = new HashMap<>();
  private final Map<Topic, TopicTexts> texts = new EnumMap<>(Topic.class);
  private volatile String fingerprint;
  private final Map<String, List<StoredActor>> staged = new HashMap<>();
  private final Map<String, Instant> stagedAt = new HashMap<>();
  private final Set<String> committed = new HashSet<>();
  private long version;

  ActorStore actors() {
    return new Actors();
  }

  AnswerStore answers() {
    return new Answers();
  }

  SeedLog seeds() {
    return new Seeds();
  }

  ImportJournal imports() {
    return new Imports();
  }

  private final class Actors implements ActorStore {
    @Override
    public void prepare() {}

    @Override
    public synchronized long version() {
      return version;
    }

    @Override
    public synchronized List<StoredActor> all() {
      return List.copyOf(actors.values());
    }

    @Override
    public synchronized void upsertAll(List<StoredActor> batch) {
      batch.forEach(a -> {
        actors.put(a.id(), a);
        keys.put(a.id(), a.searchKeys());
      });
      version++;
    }

    @Override
    public synchronized long removeOthers(Origin origin, Set<String> keep) {
      int before = actors.size();
      actors.values().removeIf(a -> a.origin() == origin && !keep.contains(a.id()));
      keys.keySet().retainAll(actors.keySet());
      version++;
      return before - actors.size();
    }

    @Override
    public synchronized Set<String> idsOfOtherOrigin(Set<String> ids, Origin origin) {
      Set<String> found = new HashSet<>();
      for (String id : ids) {
        StoredActor a = actors.get(id);
        if (a != null && a.origin() != origin) {
          found.add(id);
        }
      }
      return found;
    }

    @Override
    public synchronized long count() {
      return actors.size();
    }

    @Override
    public synchronized Optional<StoredActor> byId(String id) {
      return Optional.ofNullable(actors.get(id));
    }

    @Override
    public synchronized List<StoredActor> find(ActorFilter filter) {
      return actors.values().stream().filter(a -> filter.test(a, keys.get(a.id()))).toList();
    }

    @Override
    public synchronized long count(ActorFilter filter) {
      return actors.values().stream().filter(a -> filter.test(a, keys.get(a.id()))).count();
    }
  }

  private final class Answers implements AnswerStore {
    @Override
    public synchronized void storeAll(List<TopicTexts> batch) {
      batch.forEach(t -> texts.put(t.topic(), t));
    }

    @Override
    public synchronized List<TopicTexts> loadAll() {
      return List.copyOf(texts.values());
    }
  }

  private final class Seeds implements SeedLog {
    @Override
    public Optional<String> loadedFingerprint() {
      return Optional.ofNullable(fingerprint);
    }

    @Override
    public void recordLoaded(String value, int count, Instant at) {
      fingerprint = value;
    }
  }

  private final class Imports implements ImportJournal {
    @Override
    public synchronized void stage(String batchId, List<StoredActor> actors, Instant at) {
      staged.put(batchId, List.copyOf(actors));
      stagedAt.put(batchId, at);
    }

    @Override
    public synchronized void commit(String batchId, Instant at) {
      committed.add(batchId);
    }

    @Override
    public synchronized void applied(String batchId) {
      committed.remove(batchId);
      staged.remove(batchId);
      stagedAt.remove(batchId);
    }

    @Override
    public synchronized List<CommittedBatch> committedNotApplied() {
      return committed.stream().map(id -> new CommittedBatch(id, staged.get(id))).toList();
    }

    @Override
    public synchronized int discardUncommitted(Instant before) {
      List<String> old = stagedAt.entrySet().stream()
          .filter(e -> !committed.contains(e.getKey()) && e.getValue().isBefore(before))
          .map(Map.Entry::getKey).toList();
      old.forEach(id -> {
        staged.remove(id);
        stagedAt.remove(id);
      });
      return old.size();
    }
  }
}
