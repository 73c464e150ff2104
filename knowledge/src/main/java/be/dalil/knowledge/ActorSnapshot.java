package be.dalil.knowledge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every actor of one data version, in memory and immutable, with the search keys inverted: a key
 * ({@code "<topic>|<geohash cell>"}, {@code "<topic>|area"}, ...) maps to the positions of the
 * active actors that carry it. A "topic near X" filter is then a union of a dozen short lists, a
 * few microseconds, where a database round trip costs milliseconds; MongoDB stays the source of
 * truth and the snapshot is rebuilt when its {@link ActorStore#version()} changes.
 */
final class ActorSnapshot {

  private final long version;
  private final List<StoredActor> actors;
  private final Map<String, StoredActor> byId;
  private final Map<String, int[]> byKey;
  private final Map<Topic, int[]> byTopic;
  private final int[] active;
  // What a nearby search needs to refuse most candidates without touching their objects (at
  // 100,000 actors, following the pointers of every candidate costs more than the search).
  private final double[] lat;
  private final double[] lon;
  /** Visited where it is ({@link SearchKeys#inPerson}), not an office, not a reference. */
  private final boolean[] plainInPerson;
  /** The one municipality its area is, or null for any other area. */
  private final String[] onlyMunicipality;
  /**
   * Per topic (by ordinal; the last row for any topic), the positions of the actors people visit
   * where they are ({@link SearchKeys#inPerson}), ordered by latitude, and those latitudes: a
   * search near a point reads one band of rows instead of the hundreds of geohash cells that
   * cover its radius (building those keys was a third of a search's CPU).
   */
  private final int[][] inPersonByLat;
  private final double[][] inPersonLat;
  /** Their longitudes in the same order: the band is read in sequence, not by position. */
  private final double[][] inPersonLon;

  private ActorSnapshot(long version, List<StoredActor> actors) {
    this.version = version;
    // Ordered by id, so that ties rank the same whatever store the actors came from.
    this.actors = actors.stream().sorted(java.util.Comparator.comparing(StoredActor::id)).toList();
    this.byId = new HashMap<>(actors.size() * 2);
    int n = this.actors.size();
    this.lat = new double[n];
    this.lon = new double[n];
    this.plainInPerson = new boolean[n];
    this.onlyMunicipality = new String[n];
    Map<String, IntList> keys = new HashMap<>();
    Map<Topic, IntList> topics = new EnumMap<>(Topic.class);
    List<List<Integer>> inPerson = new ArrayList<>();
    for (int t = 0; t <= Topic.values().length; t++) {
      inPerson.add(new ArrayList<>());
    }
    IntList activeOnes = new IntList();
    for (int i = 0; i < this.actors.size(); i++) {
      StoredActor a = this.actors.get(i);
      byId.put(a.id(), a);
      if (!a.active()) {
        continue;
      }
      activeOnes.add(i);
      Actor actor = a.actor();
      lat[i] = actor.location().map(GeoPoint::lat).orElse(Double.NaN);
      lon[i] = actor.location().map(GeoPoint::lon).orElse(Double.NaN);
      plainInPerson[i] = SearchKeys.inPerson(a) && !actor.isMunicipalOffice()
          && !actor.isReference();
      if (actor.serviceArea().singleMunicipality() && actor.serviceArea().excluded().isEmpty()) {
        onlyMunicipality[i] = ((ServiceArea.InMunicipality) actor.serviceArea().parts().iterator()
            .next()).municipalityId();
      }
      for (String key : a.searchKeys()) {
        keys.computeIfAbsent(key, k -> new IntList()).addOnce(i);
      }
      for (Topic t : a.actor().topics()) {
        topics.computeIfAbsent(t, k -> new IntList()).addOnce(i);
      }
      if (SearchKeys.inPerson(a)) {
        for (Topic t : actor.topics()) {
          inPerson.get(t.ordinal()).add(i);
        }
        inPerson.get(Topic.values().length).add(i);
      }
    }
    this.inPersonByLat = new int[inPerson.size()][];
    this.inPersonLat = new double[inPerson.size()][];
    this.inPersonLon = new double[inPerson.size()][];
    for (int t = 0; t < inPerson.size(); t++) {
      inPersonByLat[t] = inPerson.get(t).stream().distinct()
          .sorted(java.util.Comparator.comparingDouble((Integer p) -> lat[p]).thenComparing(p -> p))
          .mapToInt(Integer::intValue).toArray();
      inPersonLat[t] = java.util.Arrays.stream(inPersonByLat[t]).mapToDouble(p -> lat[p]).toArray();
      inPersonLon[t] = java.util.Arrays.stream(inPersonByLat[t]).mapToDouble(p -> lon[p]).toArray();
    }
    this.byKey = new HashMap<>(keys.size() * 2);
    keys.forEach((k, v) -> byKey.put(k, v.toArray()));
    this.byTopic = new EnumMap<>(Topic.class);
    topics.forEach((k, v) -> byTopic.put(k, v.toArray()));
    this.active = activeOnes.toArray();
  }

  static ActorSnapshot of(long version, List<StoredActor> actors) {
    return new ActorSnapshot(version, actors);
  }

  /** This snapshot with some actors added or replaced (by id), at a new version. */
  ActorSnapshot with(long newVersion, List<StoredActor> upserted) {
    Map<String, StoredActor> merged = new HashMap<>(byId);
    upserted.forEach(a -> merged.put(a.id(), a));
    return new ActorSnapshot(newVersion, new ArrayList<>(merged.values()));
  }

  long version() {
    return version;
  }

  int size() {
    return actors.size();
  }

  Optional<StoredActor> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The active actors that pass the filter, in order of their ids. */
  List<StoredActor> find(ActorFilter filter) {
    List<StoredActor> found = new ArrayList<>();
    if (filter.anyOfKeys().isPresent()) {
      BitSet positions = new BitSet(actors.size());
      for (String key : filter.anyOfKeys().get()) {
        int[] posting = byKey.get(key);
        if (posting != null) {
          for (int p : posting) {
            positions.set(p);
          }
        }
      }
      for (int p = positions.nextSetBit(0); p >= 0; p = positions.nextSetBit(p + 1)) {
        addIfPasses(filter, p, found);
      }
      return found;
    }
    int[] candidates = filter.topic().map(t -> byTopic.getOrDefault(t, new int[0]))
        .orElse(active);
    for (int p : candidates) {
      addIfPasses(filter, p, found);
    }
    return found;
  }

  /**
   * The active actors that pass the filter (topic, languages) and are near the point: those
   * people visit within the box around the radius, and those with one of the other keys (areas,
   * own office), in order of their ids; less the actors a nearby search would refuse anyway:
   * ordinary organisations people visit that are beyond the radius, and those whose area is one
   * municipality that is not the person's. Decided on arrays of numbers; the search checks the
   * rest on the objects.
   */
  List<StoredActor> near(ActorFilter filter, List<String> otherKeys, GeoPoint point,
      double radiusKm, String seatId) {
    // An equirectangular distance, 1% generous: the search measures the survivors exactly.
    double kmPerLon = GeoHash.KM_PER_DEGREE * Math.cos(Math.toRadians(point.lat()));
    double limit = radiusKm * 1.01;
    double limitSquared = limit * limit;
    double dLat = limit / GeoHash.KM_PER_DEGREE;
    double dLon = limit / kmPerLon;
    BitSet positions = new BitSet(actors.size());
    int row = filter.topic().map(Topic::ordinal).orElse(Topic.values().length);
    int[] byLat = inPersonByLat[row];
    double[] lats = inPersonLat[row];
    double[] lons = inPersonLon[row];
    for (int k = firstAtLeast(lats, point.lat() - dLat); k < lats.length
        && lats[k] <= point.lat() + dLat; k++) {
      if (Math.abs(lons[k] - point.lon()) <= dLon) {
        positions.set(byLat[k]);
      }
    }
    for (String key : otherKeys) {
      int[] posting = byKey.get(key);
      if (posting != null) {
        for (int p : posting) {
          positions.set(p);
        }
      }
    }
    List<StoredActor> found = new ArrayList<>();
    for (int p = positions.nextSetBit(0); p >= 0; p = positions.nextSetBit(p + 1)) {
      if (onlyMunicipality[p] != null && !onlyMunicipality[p].equals(seatId)) {
        continue;
      }
      if (plainInPerson[p]) {
        double dy = (lat[p] - point.lat()) * GeoHash.KM_PER_DEGREE;
        double dx = (lon[p] - point.lon()) * kmPerLon;
        if (dx * dx + dy * dy > limitSquared) {
          continue;
        }
      }
      addIfPasses(filter, p, found);
    }
    return found;
  }

  /** The first index whose value is at least the bound (the length when none is). */
  private static int firstAtLeast(double[] sorted, double bound) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < bound) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private void addIfPasses(ActorFilter filter, int position, List<StoredActor> found) {
    StoredActor a = actors.get(position);
    if (filter.testIgnoringKeys(a)) {
      found.add(a);
    }
  }

  /** A growable list of ascending positions, without boxing. */
  private static final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    /** Positions arrive in ascending order, so a repeat can only be the last one. */
    void addOnce(int value) {
      if (size == 0 || values[size - 1] != value) {
        add(value);
      }
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
