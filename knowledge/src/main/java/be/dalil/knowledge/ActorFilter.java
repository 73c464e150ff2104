package be.dalil.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which active actors an {@link ActorStore} returns: with a topic (or any), with one of some
 * search keys (or any), serving one of some languages (or any).
 */
public record ActorFilter(Optional<Topic> topic, Optional<Set<String>> anyOfKeys,
    Set<String> languages) {

  public ActorFilter {
    anyOfKeys = anyOfKeys.map(Set::copyOf);
    languages = Set.copyOf(languages);
  }

  static ActorFilter withTopic(Optional<Topic> topic, Set<String> languages) {
    return new ActorFilter(topic, Optional.empty(), languages);
  }

  static ActorFilter withAnyKey(Set<String> keys, Set<String> languages) {
    return new ActorFilter(Optional.empty(), Optional.of(keys), languages);
  }

  /** Whether an actor passes the filter; the in-memory store's whole query engine. */
  public boolean test(StoredActor stored) {
    return test(stored, stored.searchKeys());
  }

  /** The same, with the actor's search keys already computed (stores keep them). */
  public boolean test(StoredActor stored, List<String> searchKeys) {
    return testIgnoringKeys(stored)
        && anyOfKeys.map(keys -> searchKeys.stream().anyMatch(keys::contains)).orElse(true);
  }

  /** Everything but the keys, for an index that has already matched them. */
  boolean testIgnoringKeys(StoredActor stored) {
    Actor a = stored.actor();
    return stored.active()
        && topic.map(t -> a.topics().contains(t)).orElse(true)
        && (languages.isEmpty() || a.languages().stream().anyMatch(languages::contains));
  }
}
