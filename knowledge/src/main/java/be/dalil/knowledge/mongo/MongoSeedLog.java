package be.dalil.knowledge.mongo;

import static be.dalil.knowledge.mongo.MongoCalls.call;

import be.dalil.knowledge.SeedLog;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;

/** The loaded seed version in the {@code meta} collection (document {@code seed}). */
final class MongoSeedLog implements SeedLog {

  static final String COLLECTION = "meta";

  private final MongoCollection<Document> meta;

  MongoSeedLog(MongoDatabase db) {
    this.meta = db.getCollection(COLLECTION);
  }

  @Override
  public Optional<String> loadedFingerprint() {
    Document current = call(() -> meta.find(Filters.eq("_id", "seed")).first());
    return Optional.ofNullable(current).map(d -> d.getString("fingerprint"));
  }

  @Override
  public void recordLoaded(String fingerprint, int actors, Instant at) {
    call(() -> meta.replaceOne(Filters.eq("_id", "seed"),
        new Document("_id", "seed").append("fingerprint", fingerprint)
            .append("loadedAt", at.toString()).append("actors", actors),
        new ReplaceOptions().upsert(true)));
  }
}
