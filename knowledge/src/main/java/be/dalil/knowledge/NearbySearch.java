package be.dalil.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and ranks actors for a query: near a point by widening geohash rings (about 3 km, 20 km,
 * 100 km), then national and online actors; without a point, national and online ones first.
 * The store only filters; all ranking happens here, on {@link Actor}s.
 */
final class NearbySearch {

  private static final double KM_PER_DEGREE = 111.2;

  private final ActorStore store;

  NearbySearch(ActorStore store) {
    this.store = store;
  }

  ActorSearch search(ActorQuery query) {
    long total = store.count(ActorFilter.withTopic(query.topic(), query.languages()));
    if (query.near().isEmpty()) {
      List<Candidate> all = new ArrayList<>();
      for (StoredActor a : store.find(ActorFilter.withTopic(query.topic(), query.languages()))) {
        all.add(new Candidate(a, Optional.empty(), query.topic()));
      }
      all.sort(Candidate.WITHOUT_PLACE);
      return new ActorSearch(total, matches(all, query.limit()), ActorSearch.Reach.EVERYWHERE);
    }
    GeoPoint near = query.near().get();
    Ring ring = nearest(query, near);
    Map<String, Candidate> result = new LinkedHashMap<>();
    ring.ranked().stream().limit(query.limit()).forEach(c -> result.put(c.id(), c));
    if (result.size() < query.limit()) {
      fillWithEverywhere(query, result);
    }
    List<Candidate> chosen = new ArrayList<>(result.values());
    return new ActorSearch(total, matches(chosen, query.limit()), reach(chosen, near, ring));
  }

  /** The candidates of the narrowest ring that surely holds the {@code limit} nearest ones. */
  private Ring nearest(ActorQuery query, GeoPoint near) {
    Ring ring = new Ring(List.of(), GeoHash.PRECISIONS[0]);
    for (int precision : GeoHash.PRECISIONS) {
      List<Candidate> found = new ArrayList<>();
      Set<String> keys = new HashSet<>(SearchKeys.around(query.topic(), near, precision));
      for (StoredActor a : store.find(ActorFilter.withAnyKey(keys, query.languages()))) {
        found.add(new Candidate(a, a.actor().location().map(near::distanceKm), query.topic()));
      }
      found.sort(Candidate.BY_DISTANCE);
      ring = new Ring(found, precision);
      // Every actor within this radius is among the candidates, so these are surely the nearest.
      double radius = guaranteedRadiusKm(near, precision);
      long certain = found.stream().filter(c -> c.distance().orElse(Double.MAX_VALUE) <= radius)
          .count();
      if (certain >= query.limit()) {
        break;
      }
    }
    return ring;
  }

  private void fillWithEverywhere(ActorQuery query, Map<String, Candidate> result) {
    List<Candidate> everywhere = new ArrayList<>();
    Set<String> key = Set.of(SearchKeys.everywhere(query.topic()));
    for (StoredActor a : store.find(ActorFilter.withAnyKey(key, query.languages()))) {
      everywhere.add(new Candidate(a, Optional.empty(), query.topic()));
    }
    everywhere.sort(Candidate.WITHOUT_PLACE);
    for (Candidate c : everywhere) {
      if (result.size() >= query.limit()) {
        break;
      }
      result.putIfAbsent(c.id(), c);
    }
  }

  private static ActorSearch.Reach reach(List<Candidate> chosen, GeoPoint near, Ring ring) {
    Optional<Double> nearest = chosen.isEmpty() ? Optional.empty() : chosen.get(0).distance();
    if (nearest.isEmpty()) {
      return ActorSearch.Reach.EVERYWHERE;
    }
    if (nearest.get() <= guaranteedRadiusKm(near, 4) || ring.precision() > 3) {
      return ActorSearch.Reach.NEARBY;
    }
    return ActorSearch.Reach.REGION;
  }

  private static List<ActorMatch> matches(List<Candidate> candidates, int limit) {
    return candidates.stream().limit(limit)
        .map(c -> new ActorMatch(c.stored().actor(), c.distance(),
            c.stored().precision().approximate()))
        .toList();
  }

  /** The radius around a point that the 3x3 cells of a precision are sure to cover. */
  static double guaranteedRadiusKm(GeoPoint point, int precision) {
    double[] size = GeoHash.cellSize(precision);
    double latKm = size[0] * KM_PER_DEGREE;
    double lonKm = size[1] * KM_PER_DEGREE * Math.cos(Math.toRadians(point.lat()));
    return Math.min(latKm, lonKm);
  }

  /** The candidates found at one geohash precision, ranked. */
  private record Ring(List<Candidate> ranked, int precision) {}

  private record Candidate(StoredActor stored, Optional<Double> distance, Optional<Topic> topic) {
    /**
     * Nearest first, by whole kilometres so that within the same kilometre (many actors share
     * their municipality's centre) the main topic, reference services and free offers come first.
     */
    static final Comparator<Candidate> BY_DISTANCE = Comparator
        .comparing((Candidate c) -> Math.floor(c.distance().orElse(Double.MAX_VALUE)))
        .thenComparing(Candidate::topicRank)
        .thenComparing(c -> !c.actor().isReference())
        .thenComparing(c -> c.actor().accessibility().namesAPrice())
        .thenComparing(c -> c.distance().orElse(Double.MAX_VALUE))
        .thenComparing(c -> c.actor().name());
    /** Without a place: national and online first (they help anyone), then primary topic. */
    static final Comparator<Candidate> WITHOUT_PLACE = Comparator
        .comparing((Candidate c) -> !c.actor().scope().isEverywhere())
        .thenComparing(Candidate::topicRank)
        .thenComparing(c -> !c.actor().isReference())
        .thenComparing(c -> c.actor().accessibility().namesAPrice())
        .thenComparing(c -> c.actor().name());

    Actor actor() {
      return stored.actor();
    }

    String id() {
      return stored.id();
    }

    /** 0 when the topic is the actor's main one. */
    int topicRank() {
      int index = topic.map(t -> actor().topics().indexOf(t)).orElse(-1);
      return index < 0 ? 99 : index;
    }
  }
}
