package be.dalil.knowledge;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A nearby search over 100,000 synthetic actors (spread over the municipalities of Brussels and
 * Flanders, two topics each, local, provincial or regional service areas) at random coordinates:
 * the in-memory snapshot's work behind every search that misses the cache. Target: a median of
 * at most 1 ms. Run with {@code mvn -q -pl knowledge test-compile exec:exec@bench-nearby}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NearbyBenchmark {

  static final int ACTORS = 100_000;
  private static final String[] TOPICS = {"learn_dutch", "find_job", "healthcare", "housing",
      "social_welfare", "leisure_meet_people", "legal_help", "education_children"};

  private NearbySearch search;
  private List<ActorQuery> queries;
  private int next;

  @Setup
  public void build() throws Exception {
    PlaceResolver places = PlaceResolver.shipped();
    List<Municipality> towns = places.municipalities().stream()
        .filter(m -> m.region() != Region.WALLONIA && m.current()).toList();
    Random random = new Random(42);
    ObjectMapper json = new ObjectMapper();
    List<StoredActor> actors = new ArrayList<>(ACTORS);
    StringBuilder batch = new StringBuilder();
    for (int i = 0; i < ACTORS; i++) {
      Municipality town = towns.get(random.nextInt(towns.size()));
      int kind = random.nextInt(10);
      String area = kind < 8 ? "municipality:" + town.id()
          : kind < 9 ? "province:" + town.province() : "region:" + town.region().id();
      batch.setLength(0);
      batch.append("[{\"id\": \"synthetic-").append(i).append("\", \"name\": \"Actor ").append(i)
          .append("\", \"description\": {\"en\": \"Synthetic.\"}, \"topics\": [\"")
          .append(TOPICS[random.nextInt(TOPICS.length)]).append("\", \"")
          .append(TOPICS[random.nextInt(TOPICS.length)]).append("\"], \"municipality\": \"")
          .append(town.name(be.dalil.i18n.Language.NL)).append("\", \"serviceArea\": [\"")
          .append(area).append("\"], \"website\": \"https://example.org/").append(i)
          .append("\"}]");
      ActorRecordReader.Located located = new ActorRecordReader(places)
          .read(json.readTree(batch.toString())).actors().get(0);
      actors.add(new StoredActor(located.actor(), located.precision(), Origin.IMPORT,
          Instant.EPOCH));
    }
    search = new NearbySearch(ActorSnapshot.of(1, actors), places, SearchSettings.defaults());
    queries = new ArrayList<>();
    for (int i = 0; i < 1024; i++) {
      Municipality town = towns.get(random.nextInt(towns.size()));
      GeoPoint point = new GeoPoint(town.centre().lat() + (random.nextDouble() - 0.5) * 0.05,
          town.centre().lon() + (random.nextDouble() - 0.5) * 0.05);
      queries.add(new ActorQuery(Optional.of(Topic.fromId(TOPICS[i % TOPICS.length])
          .orElseThrow()), places.placeAt(point), Set.of(), 3));
    }
  }

  @Benchmark
  public ActorSearch nearbyAtRandomCoordinates() {
    ActorQuery query = queries.get(next);
    next = (next + 1) & 1023;
    return search.search(query);
  }
}
