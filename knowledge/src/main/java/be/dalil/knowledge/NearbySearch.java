package be.dalil.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and ranks the actors a person can act on. For a place: only actors whose service area
 * covers it and that can be reached, in this order: the person's own municipal office (town hall,
 * CPAS/OCMW) for the topics it handles; the reference public services for the topic (VDAB,
 * Actiris, the integration agency...); organisations people visit, within the region's radius,
 * nearest first; then the services of the region, the country and online. The snapshot only
 * filters; all ranking happens here, on {@link Actor}s.
 */
final class NearbySearch {

  private static final double KM_PER_DEGREE = 111.2;
  /** Topics for which the municipality's own office is the first stop. */
  static final Set<Topic> OWN_OFFICE_TOPICS = EnumSet.of(Topic.REGISTER_MUNICIPALITY,
      Topic.RESIDENCE_PERMIT, Topic.SOCIAL_WELFARE);

  private final ActorSnapshot actors;
  private final PlaceResolver places;
  private final SearchSettings settings;

  NearbySearch(ActorSnapshot actors, PlaceResolver places, SearchSettings settings) {
    this.actors = actors;
    this.places = places;
    this.settings = settings;
  }

  ActorSearch search(ActorQuery query) {
    if (query.place().isEmpty()) {
      return anywhere(query);
    }
    Place place = query.place().get();
    Municipality seat = places.seatOf(place.municipality());
    double radius = settings.radiusKm(seat.region());
    Set<String> keys = SearchKeys.near(query.topic(), place.point(), radius, seat);
    List<Candidate> own = new ArrayList<>();
    List<Candidate> reference = new ArrayList<>();
    List<Candidate> local = new ArrayList<>();
    List<Candidate> area = new ArrayList<>();
    for (StoredActor a : actors.find(ActorFilter.withAnyKey(keys, query.languages()))) {
      if (!a.actor().serviceArea().covers(seat) || !a.actor().isReachable()
          || !query.topic().map(t -> a.actor().topics().contains(t)).orElse(true)) {
        continue;
      }
      Optional<Double> distance = SearchKeys.inPerson(a)
          ? a.actor().location().map(place.point()::distanceKm) : Optional.empty();
      Candidate c = new Candidate(a, distance, query.topic());
      if (a.actor().isMunicipalOffice()) {
        if (query.topic().map(OWN_OFFICE_TOPICS::contains).orElse(true)) {
          own.add(c);
        }
      } else if (query.topic().map(a.actor()::isReferenceFor).orElse(false)) {
        reference.add(c);
      } else if (distance.isPresent()) {
        if (distance.get() <= radius) {
          local.add(c);
        }
      } else {
        area.add(c);
      }
    }
    reference.sort(Candidate.REFERENCE);
    local.sort(Candidate.BY_DISTANCE);
    area.sort(Candidate.BY_AREA);
    List<Candidate> ranked = new ArrayList<>(own);
    ranked.addAll(reference);
    ranked.addAll(local);
    ranked.addAll(area);
    List<ActorMatch> matches = matches(ranked, query.limit());
    // Local help: the own office, an organisation within the radius, or a service of the
    // person's own municipality, province or Brussels (not only Flanders-wide or national ones).
    boolean nearby = matches.stream().anyMatch(m -> m.distanceKm().isPresent()
        || m.actor().isMunicipalOffice() || m.actor().serviceArea().breadth() <= 1);
    return new ActorSearch(ranked.size(), matches,
        nearby ? ActorSearch.Reach.NEARBY : ActorSearch.Reach.REGION);
  }

  /** Without a place: national and online first (they help anyone); never a municipal office. */
  private ActorSearch anywhere(ActorQuery query) {
    List<Candidate> all = new ArrayList<>();
    for (StoredActor a : actors.find(ActorFilter.withTopic(query.topic(), query.languages()))) {
      if (a.actor().isReachable() && !a.actor().isMunicipalOffice()) {
        all.add(new Candidate(a, Optional.empty(), query.topic()));
      }
    }
    all.sort(Candidate.WITHOUT_PLACE);
    return new ActorSearch(all.size(), matches(all, query.limit()), ActorSearch.Reach.EVERYWHERE);
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

  private record Candidate(StoredActor stored, Optional<Double> distance, Optional<Topic> topic) {
    /**
     * Nearest first, by whole kilometres so that within the same kilometre (many actors share
     * their municipality's centre) the main topic and free offers come first.
     */
    static final Comparator<Candidate> BY_DISTANCE = Comparator
        .comparing((Candidate c) -> Math.floor(c.distance().orElse(Double.MAX_VALUE)))
        .thenComparing(Candidate::topicRank)
        .thenComparing(c -> c.actor().accessibility().namesAPrice())
        .thenComparing(c -> c.distance().orElse(Double.MAX_VALUE))
        .thenComparing(c -> c.actor().name());
    /** Reference services: the most local first (Atlas before the Flemish agency in Antwerp). */
    static final Comparator<Candidate> REFERENCE = Comparator
        .comparing((Candidate c) -> c.actor().serviceArea().breadth())
        .thenComparing(c -> c.distance().orElse(Double.MAX_VALUE))
        .thenComparing(c -> c.actor().name());
    /** Services of an area: the province's, then the region's, then national and online. */
    static final Comparator<Candidate> BY_AREA = Comparator
        .comparing((Candidate c) -> c.actor().serviceArea().breadth())
        .thenComparing(Candidate::topicRank)
        .thenComparing(c -> c.actor().accessibility().namesAPrice())
        .thenComparing(c -> c.actor().name());
    /** Without a place: national and online first (they help anyone), then primary topic. */
    static final Comparator<Candidate> WITHOUT_PLACE = Comparator
        .comparing((Candidate c) -> !c.actor().serviceArea().everywhere())
        .thenComparing(Candidate::topicRank)
        .thenComparing(c -> !c.topic().map(c.actor()::isReferenceFor).orElse(false))
        .thenComparing(c -> c.actor().accessibility().namesAPrice())
        .thenComparing(c -> c.actor().name());

    Actor actor() {
      return stored.actor();
    }

    /** 0 when the topic is the actor's main one. */
    int topicRank() {
      int index = topic.map(t -> actor().topics().indexOf(t)).orElse(-1);
      return index < 0 ? 99 : index;
    }
  }
}
