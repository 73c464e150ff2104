package be.dalil.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where actors are kept, the source of truth. The knowledge base serves searches from an
 * in-memory snapshot of {@link #all()} and rebuilds it when {@link #version()} changes; a store
 * keeps records, counts changes, and answers {@link ActorFilter}s for queries run on it
 * directly. Implementations: in memory (tests) and MongoDB
 * ({@code be.dalil.knowledge.mongo}). Failures of the underlying storage surface as
 * {@link KnowledgeUnavailableException}.
 */
public interface ActorStore {

  /** Creates what the store needs (indexes); idempotent. */
  void prepare();

  /**
   * The data version: changes after every write that changed actors (here or, on a shared
   * database, in another instance).
   */
  long version();

  /** Every actor, active or not. */
  List<StoredActor> all();

  /** Inserts or replaces the actors by id. */
  void upsertAll(List<StoredActor> actors);

  /** Removes the actors of an origin whose ids are not in {@code keep}; returns how many. */
  long removeOthers(Origin origin, Set<String> keep);

  /** The ids among {@code ids} that exist with another origin. */
  Set<String> idsOfOtherOrigin(Set<String> ids, Origin origin);

  long count();

  Optional<StoredActor> byId(String id);

  /** The active actors that pass the filter, in a stable order. */
  List<StoredActor> find(ActorFilter filter);

  long count(ActorFilter filter);
}
