package be.dalil.knowledge.mongo;

import static be.dalil.knowledge.mongo.MongoCalls.call;
import static be.dalil.knowledge.mongo.MongoCalls.run;
import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.nin;

import be.dalil.knowledge.ImportJournal;
import be.dalil.knowledge.StoredActor;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * The import journal in two collections: {@code import_staging} holds each staged batch in
 * chunks of actors (a few hundred documents for 100,000 actors, each well under MongoDB's 16 MB
 * limit), and {@code imports} one document per batch whose {@code state} ({@code committed},
 * then {@code applied}) is the single write that commits it.
 */
final class MongoImportJournal implements ImportJournal {

  static final String STAGING = "import_staging";
  static final String IMPORTS = "imports";
  /** Actors per staging document. */
  private static final int CHUNK = 500;

  private final MongoCollection<Document> staging;
  private final MongoCollection<Document> imports;
  private final Durability durability;

  MongoImportJournal(MongoDatabase db, Durability durability) {
    this.staging = db.getCollection(STAGING);
    this.imports = db.getCollection(IMPORTS);
    this.durability = durability;
  }

  @Override
  public void stage(String batchId, List<StoredActor> actors, Instant at) {
    // Chunk by chunk: the batch as documents never sits in memory whole.
    for (int from = 0, n = 0; from < actors.size(); from += CHUNK, n++) {
      List<Document> docs = new ArrayList<>(CHUNK);
      actors.subList(from, Math.min(actors.size(), from + CHUNK))
          .forEach(a -> docs.add(ActorDocuments.toDocument(a)));
      Document chunk = new Document("_id", batchId + ":" + n).append("batch", batchId)
          .append("chunk", n).append("stagedAt", Date.from(at)).append("actors", docs);
      run(() -> staging.insertOne(chunk));
      // Committed as it goes: the embedded store's unsaved pages stay in memory until then.
      durability.sync();
    }
  }

  @Override
  public void commit(String batchId, Instant at) {
    run(() -> imports.insertOne(new Document("_id", batchId).append("state", "committed")
        .append("committedAt", Date.from(at))));
    durability.sync();
  }

  @Override
  public void applied(String batchId) {
    run(() -> imports.updateOne(eq("_id", batchId), Updates.set("state", "applied")));
    durability.sync();
    // Chunk by chunk through the _id index: a filter on the batch would make the embedded
    // server read every staged chunk at once.
    for (int n = 0; ; n++) {
      String id = batchId + ":" + n;
      if (call(() -> staging.deleteOne(eq("_id", id)).getDeletedCount()) == 0) {
        break;
      }
    }
    durability.sync();
  }

  @Override
  public List<CommittedBatch> committedNotApplied() {
    return call(() -> {
      List<CommittedBatch> batches = new ArrayList<>();
      for (Document imported : imports.find(eq("state", "committed"))) {
        String id = imported.getString("_id");
        List<StoredActor> actors = new ArrayList<>();
        staging.find(eq("batch", id)).sort(Sorts.ascending("chunk")).batchSize(10).forEach(chunk ->
            chunk.getList("actors", Document.class)
                .forEach(d -> actors.add(ActorDocuments.toStored(d))));
        batches.add(new CommittedBatch(id, actors));
      }
      return batches;
    });
  }

  @Override
  public int discardUncommitted(Instant before) {
    return call(() -> {
      // Chunks of applied batches whose removal a crash interrupted go too.
      Set<String> committed = new HashSet<>();
      imports.find(eq("state", "committed")).projection(new Document("_id", 1))
          .forEach(d -> committed.add(d.getString("_id")));
      Set<String> stale = new HashSet<>();
      staging.find(and(lt("stagedAt", Date.from(before)), nin("batch", committed)))
          .projection(new Document("batch", 1))
          .forEach(d -> stale.add(d.getString("batch")));
      stale.forEach(batch -> staging.deleteMany(eq("batch", batch)));
      return stale.size();
    });
  }
}
