package be.dalil.knowledge;

import be.dalil.i18n.TextNormalizer;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds actors: ranked searches over an in-memory {@link ActorSnapshot} of the store, rebuilt
 * when the store's data version changes, with the recent searches of that snapshot cached.
 */
public final class ActorFinder {

  /** Cached searches weigh one plus their matches; about 40 MB at most. */
  private static final long SEARCH_CACHE_WEIGHT = 100_000;

  private final ActorStore store;
  private final PlaceResolver places;
  private final SearchSettings settings;
  private volatile Loaded current;

  /** A snapshot, its search and that search's cache: replaced together, never mutated. */
  private record Loaded(ActorSnapshot snapshot, NearbySearch search,
      Cache<ActorQuery, ActorSearch> searches) {

    static Loaded of(ActorSnapshot snapshot, PlaceResolver places, SearchSettings settings) {
      // Most users share their municipality's centre, so the same query comes back often.
      Cache<ActorQuery, ActorSearch> searches = Caffeine.newBuilder()
          .maximumWeight(SEARCH_CACHE_WEIGHT)
          .weigher((ActorQuery q, ActorSearch s) -> 1 + s.matches().size())
          .build();
      return new Loaded(snapshot, new NearbySearch(snapshot, places, settings), searches);
    }
  }

  ActorFinder(ActorStore store, PlaceResolver places, SearchSettings settings) {
    this.store = store;
    this.places = places;
    this.settings = settings;
    this.current = Loaded.of(ActorSnapshot.of(-1, List.of()), places, settings);
  }

  public ActorSearch find(ActorQuery query) {
    Loaded loaded = current;
    return loaded.searches().get(query, loaded.search()::search);
  }

  public Optional<Actor> byId(String id) {
    return current.snapshot().byId(id).map(StoredActor::actor);
  }

  public long count() {
    return current.snapshot().size();
  }

  /** Every active listing of the current snapshot. */
  public List<Actor> all() {
    return current.snapshot().find(ActorFilter.withTopic(Optional.empty(), Set.of())).stream()
        .map(StoredActor::actor).toList();
  }

  /**
   * Listings whose name contains every word of {@code text} (case and accents aside), shortest
   * name first: an organisation looking for its own listing.
   */
  public List<Actor> byName(String text, int limit) {
    List<String> words = List.of(TextNormalizer.normalize(text).split(" ")).stream()
        .filter(w -> !w.isBlank()).toList();
    if (words.isEmpty()) {
      return List.of();
    }
    return all().stream()
        .filter(a -> {
          String name = TextNormalizer.normalize(a.name());
          return words.stream().allMatch(name::contains);
        })
        .sorted(Comparator.comparingInt((Actor a) -> a.name().length())
            .thenComparing(a -> a.name()))
        .limit(limit).toList();
  }

  /**
   * Rebuilds the snapshot if the store's data changed since it was taken (an import by another
   * instance on a shared database); the application calls this every few seconds. Returns
   * whether it did. Reads the version before the actors, so a write in between only causes one
   * more rebuild later.
   */
  public boolean refreshIfChanged() {
    if (store.version() == current.snapshot().version()) {
      return false;
    }
    changed();
    return true;
  }

  /** Rebuilds the snapshot after the actors changed. */
  synchronized void changed() {
    long version = store.version();
    current = Loaded.of(ActorSnapshot.of(version, store.all()), places, settings);
  }

  /**
   * Rebuilds the snapshot after this instance upserted {@code upserted}: from the snapshot and
   * those actors, without reading every actor back, when no other write came in between (the
   * store's version moved by exactly one); else from the store.
   */
  synchronized void upserted(List<StoredActor> upserted) {
    long version = store.version();
    ActorSnapshot snapshot = current.snapshot();
    if (version != snapshot.version() + 1) {
      changed();
      return;
    }
    current = Loaded.of(snapshot.with(version, upserted), places, settings);
  }
}
