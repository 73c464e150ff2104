package be.dalil.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where actors are kept. The knowledge base ranks and caches; a store only keeps records and
 * answers {@link ActorFilter}s. Implementations: in memory (tests) and MongoDB
 * ({@code be.dalil.knowledge.mongo}). Failures of the underlying storage surface as
 * {@link KnowledgeUnavailableException}.
 */
public interface ActorStore {

  /** Creates what the store needs (indexes); idempotent. */
  void prepare();

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
