package be.dalil.knowledge;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.nin;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Actors in the MongoDB collection {@code actors}. */
final class MongoActorStore {

  static final String COLLECTION = "actors";
  private static final double KM_PER_DEGREE = 111.2;

  private final MongoCollection<Document> actors;

  MongoActorStore(MongoDatabase db) {
    this.actors = db.getCollection(COLLECTION);
  }

  void ensureIndexes() {
    run(() -> {
      actors.createIndex(Indexes.ascending("geo"));
      actors.createIndex(Indexes.ascending("topics"));
      actors.createIndex(Indexes.ascending("origin"));
    });
  }

  /** Upserts the documents by id, in one ordered bulk write. */
  void upsertAll(List<Document> docs) {
    if (docs.isEmpty()) {
      return;
    }
    List<WriteModel<Document>> writes = new ArrayList<>(docs.size());
    ReplaceOptions upsert = new ReplaceOptions().upsert(true);
    for (Document doc : docs) {
      writes.add(new ReplaceOneModel<>(eq("_id", doc.get("_id")), doc, upsert));
    }
    call(() -> actors.bulkWrite(writes));
  }

  /** Removes the actors of an origin whose ids are not in {@code keep}. */
  long removeOthers(String origin, Set<String> keep) {
    return call(() -> actors.deleteMany(and(eq("origin", origin), nin("_id", keep)))
        .getDeletedCount());
  }

  /** Ids among {@code ids} that already exist with another origin. */
  Set<String> idsOfOtherOrigin(Set<String> ids, String origin) {
    return call(() -> {
      Set<String> found = new HashSet<>();
      actors.find(and(in("_id", ids), nin("origin", List.of(origin))))
          .projection(new Document("_id", 1))
          .forEach(d -> found.add(d.getString("_id")));
      return found;
    });
  }

  long count() {
    return call(actors::countDocuments);
  }

  Optional<Actor> byId(String id) {
    return call(() -> Optional.ofNullable(actors.find(eq("_id", id)).first())
        .map(ActorDocuments::toActor));
  }

  ActorSearch search(ActorQuery query) {
    return call(() -> doSearch(query));
  }

  private ActorSearch doSearch(ActorQuery query) {
    String topic = query.topic().map(Topic::id).orElse(ActorDocuments.ANY_TOPIC);
    List<Bson> filters = new ArrayList<>();
    filters.add(eq("active", true));
    if (!query.languages().isEmpty()) {
      filters.add(in("languages", query.languages()));
    }
    Bson common = and(filters);
    Bson topicFilter = query.topic().isPresent() ? and(eq("topics", topic), common) : common;
    long total = actors.countDocuments(topicFilter);
    int limit = query.limit();

    if (query.near().isEmpty()) {
      List<Candidate> all = new ArrayList<>();
      actors.find(topicFilter).forEach(d -> all.add(new Candidate(d, Optional.empty(), topic)));
      all.sort(Candidate.WITHOUT_PLACE);
      return new ActorSearch(total, matches(all, limit), ActorSearch.Reach.EVERYWHERE);
    }

    GeoPoint near = query.near().get();
    List<Candidate> ranked = List.of();
    int reachedPrecision = GeoHash.PRECISIONS[0];
    for (int precision : GeoHash.PRECISIONS) {
      reachedPrecision = precision;
      List<String> keys = new ArrayList<>();
      for (String cell : GeoHash.cellAndNeighbours(near, precision)) {
        keys.add(topic + '|' + cell);
      }
      List<Candidate> found = new ArrayList<>();
      actors.find(and(in("geo", keys), common)).forEach(d -> found.add(candidate(d, near, topic)));
      found.sort(Candidate.BY_DISTANCE);
      ranked = found;
      // Every actor within this radius is among the candidates, so these are surely the nearest.
      double radius = guaranteedRadiusKm(near, precision);
      long certain = found.stream().filter(c -> c.distance().orElse(Double.MAX_VALUE) <= radius)
          .count();
      if (certain >= limit) {
        break;
      }
    }
    Map<String, Candidate> result = new LinkedHashMap<>();
    ranked.stream().limit(limit).forEach(c -> result.put(c.id(), c));
    if (result.size() < limit) {
      List<Candidate> everywhere = new ArrayList<>();
      actors.find(and(in("geo", List.of(topic + '|' + ActorDocuments.EVERYWHERE)), common))
          .forEach(d -> everywhere.add(new Candidate(d, Optional.empty(), topic)));
      everywhere.sort(Candidate.WITHOUT_PLACE);
      for (Candidate c : everywhere) {
        if (result.size() >= limit) {
          break;
        }
        result.putIfAbsent(c.id(), c);
      }
    }
    List<Candidate> chosen = new ArrayList<>(result.values());
    ActorSearch.Reach reach;
    Optional<Double> nearest = chosen.isEmpty() ? Optional.empty() : chosen.get(0).distance();
    if (nearest.isEmpty()) {
      reach = ActorSearch.Reach.EVERYWHERE;
    } else if (nearest.get() <= guaranteedRadiusKm(near, 4) || reachedPrecision > 3) {
      reach = ActorSearch.Reach.NEARBY;
    } else {
      reach = ActorSearch.Reach.REGION;
    }
    return new ActorSearch(total, matches(chosen, limit), reach);
  }

  private static Candidate candidate(Document d, GeoPoint near, String topic) {
    Document location = d.get("location", Document.class);
    Optional<Double> distance = location == null ? Optional.empty()
        : Optional.of(near.distanceKm(new GeoPoint(location.getDouble("lat"),
            location.getDouble("lon"))));
    return new Candidate(d, distance, topic);
  }

  private static List<ActorMatch> matches(List<Candidate> candidates, int limit) {
    return candidates.stream().limit(limit)
        .map(c -> new ActorMatch(ActorDocuments.toActor(c.doc()), c.distance(),
            !"given".equals(c.doc().getString("precision"))))
        .toList();
  }

  /** The radius around a point that the 3x3 cells of a precision are sure to cover. */
  static double guaranteedRadiusKm(GeoPoint point, int precision) {
    double[] size = GeoHash.cellSize(precision);
    double latKm = size[0] * KM_PER_DEGREE;
    double lonKm = size[1] * KM_PER_DEGREE * Math.cos(Math.toRadians(point.lat()));
    return Math.min(latKm, lonKm);
  }

  private record Candidate(Document doc, Optional<Double> distance, String topic) {
    /**
     * Nearest first, by whole kilometres so that within the same kilometre (many actors share
     * their municipality's centre) the main topic, reference services and free offers come first.
     */
    static final Comparator<Candidate> BY_DISTANCE = Comparator
        .comparing((Candidate c) -> Math.floor(c.distance().orElse(Double.MAX_VALUE)))
        .thenComparing(Candidate::topicRank)
        .thenComparing(c -> !c.reference())
        .thenComparing(Candidate::paid)
        .thenComparing(c -> c.distance().orElse(Double.MAX_VALUE))
        .thenComparing(Candidate::name);
    /** Without a place: national and online first (they help anyone), then primary topic. */
    static final Comparator<Candidate> WITHOUT_PLACE = Comparator
        .comparing((Candidate c) -> !c.everywhere())
        .thenComparing(Candidate::topicRank)
        .thenComparing(c -> !c.reference())
        .thenComparing(Candidate::paid)
        .thenComparing(Candidate::name);

    String id() {
      return doc.getString("_id");
    }

    String name() {
      return doc.getString("name");
    }

    boolean reference() {
      List<?> flags = doc.get("flags", List.class);
      return flags != null && flags.contains("reference");
    }

    /** The source names a price. */
    boolean paid() {
      Document access = doc.get("accessibility", Document.class);
      String cost = access == null ? null : access.getString("cost");
      return cost != null && cost.toLowerCase(java.util.Locale.ROOT).matches(".*(euro|€|eur\\b).*");
    }

    boolean everywhere() {
      String scope = doc.getString("scope");
      return "national".equals(scope) || "online".equals(scope);
    }

    /** 0 when the topic is the actor's main one. */
    int topicRank() {
      List<?> topics = doc.get("topics", List.class);
      int index = topics == null ? -1 : topics.indexOf(topic);
      return index < 0 ? 99 : index;
    }
  }

  static void run(Runnable operation) {
    try {
      operation.run();
    } catch (MongoException e) {
      throw new KnowledgeUnavailableException(e);
    }
  }

  static <T> T call(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (MongoException e) {
      throw new KnowledgeUnavailableException(e);
    }
  }
}
