package be.dalil.knowledge.mongo;

import static be.dalil.knowledge.mongo.MongoCalls.call;
import static be.dalil.knowledge.mongo.MongoCalls.run;
import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.nin;

import be.dalil.knowledge.ActorFilter;
import be.dalil.knowledge.ActorStore;
import be.dalil.knowledge.Origin;
import be.dalil.knowledge.StoredActor;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Actors in the collection {@code actors}. One multikey index on {@code geo} (the search keys)
 * answers every "topic near X" filter as an indexed {@code $in}.
 */
final class MongoActorStore implements ActorStore {

  static final String COLLECTION = "actors";

  /** The document in {@code meta} that counts changes to the actors. */
  static final String VERSION_ID = "actors-version";
  private static final int BULK = 1000;

  private final MongoCollection<Document> actors;
  private final MongoCollection<Document> meta;

  private final Durability durability;

  MongoActorStore(MongoDatabase db, Durability durability) {
    this.durability = durability;
    this.actors = db.getCollection(COLLECTION);
    this.meta = db.getCollection(MongoSeedLog.COLLECTION);
  }

  @Override
  public long version() {
    return call(() -> Optional.ofNullable(meta.find(eq("_id", VERSION_ID)).first())
        .map(d -> ((Number) d.get("version")).longValue()).orElse(0L));
  }

  @Override
  public List<StoredActor> all() {
    return call(() -> {
      List<StoredActor> found = new ArrayList<>();
      // In batches: the embedded server would otherwise answer with one oversized message.
      actors.find().batchSize(BULK).forEach(d -> found.add(ActorDocuments.toStored(d)));
      return found;
    });
  }

  /** Tells every reader (this instance and others sharing the database) that actors changed. */
  private void changed() {
    call(() -> meta.updateOne(eq("_id", VERSION_ID), Updates.inc("version", 1L),
        new UpdateOptions().upsert(true)));
    durability.sync();
  }

  @Override
  public void prepare() {
    run(() -> {
      actors.createIndex(Indexes.ascending("geo"));
      actors.createIndex(Indexes.ascending("topics"));
      actors.createIndex(Indexes.ascending("origin"));
    });
  }

  /** Upserts the documents by id, in unordered bulk writes of a thousand. */
  @Override
  public void upsertAll(List<StoredActor> stored) {
    if (stored.isEmpty()) {
      return;
    }
    ReplaceOptions upsert = new ReplaceOptions().upsert(true);
    for (int from = 0; from < stored.size(); from += BULK) {
      List<WriteModel<Document>> writes = new ArrayList<>(BULK);
      for (StoredActor actor : stored.subList(from, Math.min(stored.size(), from + BULK))) {
        writes.add(new ReplaceOneModel<>(eq("_id", actor.id()), ActorDocuments.toDocument(actor),
            upsert));
      }
      call(() -> actors.bulkWrite(writes, new BulkWriteOptions().ordered(false)));
      // Committed as it goes: the embedded store's unsaved pages stay in memory until then.
      durability.sync();
    }
    changed();
  }

  @Override
  public long removeOthers(Origin origin, Set<String> keep) {
    long removed = call(() -> actors.deleteMany(and(eq("origin", origin.id()), nin("_id", keep)))
        .getDeletedCount());
    if (removed > 0) {
      changed();
    }
    return removed;
  }

  @Override
  public Set<String> idsOfOtherOrigin(Set<String> ids, Origin origin) {
    // The other origins' ids, intersected here rather than with $in: the embedded server answers
    // an $in by comparing each document with the whole list, and the list of an import of
    // 100,000 actors made that one query take about 10 s (the driver's read timeout).
    return call(() -> {
      Set<String> found = new HashSet<>();
      actors.find(nin("origin", List.of(origin.id()))).projection(new Document("_id", 1))
          .batchSize(BULK).forEach(d -> {
            String id = d.getString("_id");
            if (ids.contains(id)) {
              found.add(id);
            }
          });
      return found;
    });
  }

  @Override
  public long count() {
    return call(actors::countDocuments);
  }

  @Override
  public Optional<StoredActor> byId(String id) {
    return call(() -> Optional.ofNullable(actors.find(eq("_id", id)).first())
        .map(ActorDocuments::toStored));
  }

  @Override
  public List<StoredActor> find(ActorFilter filter) {
    return call(() -> {
      List<StoredActor> found = new ArrayList<>();
      actors.find(query(filter)).batchSize(BULK)
          .forEach(d -> found.add(ActorDocuments.toStored(d)));
      return found;
    });
  }

  @Override
  public long count(ActorFilter filter) {
    return call(() -> actors.countDocuments(query(filter)));
  }

  /** The query a filter runs on MongoDB (its plan is checked on a real mongod). */
  static Bson query(ActorFilter filter) {
    List<Bson> parts = new ArrayList<>();
    filter.anyOfKeys().ifPresent(keys -> parts.add(in("geo", keys)));
    filter.topic().ifPresent(topic -> parts.add(eq("topics", topic.id())));
    parts.add(eq("active", true));
    if (!filter.languages().isEmpty()) {
      parts.add(in("languages", filter.languages()));
    }
    return and(parts);
  }
}
