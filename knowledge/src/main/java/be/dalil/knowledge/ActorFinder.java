package be.dalil.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/** Finds actors: ranked searches (cached) and lookups by id. */
public final class ActorFinder {

  /** On a shared MongoDB, another instance's import shows here within this time. */
  static final Duration SEARCH_CACHE_TTL = Duration.ofMinutes(10);

  private final ActorStore store;
  private final NearbySearch search;
  /**
   * Recent searches: most users share their municipality's centre, so the same query comes back
   * often, and the store need not be asked again. Cleared on every seed and import.
   */
  private final Cache<ActorQuery, ActorSearch> searches = Caffeine.newBuilder()
      .maximumSize(20_000).expireAfterWrite(SEARCH_CACHE_TTL).build();

  ActorFinder(ActorStore store, PlaceResolver places, SearchSettings settings) {
    this.store = store;
    this.search = new NearbySearch(store, places, settings);
  }

  public ActorSearch find(ActorQuery query) {
    ActorSearch cached = searches.getIfPresent(query);
    if (cached != null) {
      return cached;
    }
    ActorSearch found = search.search(query);
    searches.put(query, found);
    return found;
  }

  public Optional<Actor> byId(String id) {
    return store.byId(id).map(StoredActor::actor);
  }

  public long count() {
    return store.count();
  }

  /** Forgets cached searches after the actors changed. */
  void changed() {
    searches.invalidateAll();
  }
}
