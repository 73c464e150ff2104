package be.dalil.knowledge.mongo;

import static be.dalil.knowledge.mongo.MongoCalls.call;
import static be.dalil.knowledge.mongo.MongoCalls.run;

import be.dalil.i18n.Language;
import be.dalil.knowledge.unanswered.UnansweredQuestion;
import be.dalil.knowledge.unanswered.UnansweredStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Unanswered questions in two collections: {@code unanswered} (one document per group and day:
 * the masked text, language, topic, municipality and count, no conversation) and
 * {@code unanswered_marks} (groups an editor marked answered). Both carry {@code expireAt} with a
 * TTL index, so a real MongoDB deletes them by itself; the application's purge does the same on
 * the embedded server, which has no TTL.
 */
public final class MongoUnansweredStore implements UnansweredStore {

  static final String COUNTS = "unanswered";
  static final String MARKS = "unanswered_marks";

  private final MongoCollection<Document> counts;
  private final MongoCollection<Document> marks;
  private final Duration retention;
  private final Durability durability;

  /** @param retention how long after its day a count expires */
  public MongoUnansweredStore(MongoDatabase db, Duration retention, Durability durability) {
    this.counts = db.getCollection(COUNTS);
    this.marks = db.getCollection(MARKS);
    this.retention = retention;
    this.durability = durability;
    run(() -> {
      IndexOptions ttl = new IndexOptions().expireAfter(0L, TimeUnit.SECONDS);
      counts.createIndex(Indexes.ascending("expireAt"), ttl);
      counts.createIndex(Indexes.ascending("day"));
      marks.createIndex(Indexes.ascending("expireAt"), ttl);
    });
  }

  @Override
  public void add(List<DayCount> added) {
    List<UpdateOneModel<Document>> writes = new ArrayList<>();
    for (DayCount c : added) {
      UnansweredQuestion q = c.question();
      Instant expireAt = c.day().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
          .plus(retention);
      writes.add(new UpdateOneModel<>(Filters.eq("_id", c.groupId() + "/" + c.day()),
          Updates.combine(Updates.inc("count", c.count()),
              Updates.setOnInsert("group", c.groupId()),
              Updates.setOnInsert("day", c.day().toString()),
              Updates.setOnInsert("text", q.text()),
              Updates.setOnInsert("lang", q.language().code()),
              Updates.setOnInsert("topic", q.topic().orElse("")),
              Updates.setOnInsert("municipality", q.municipality().orElse("")),
              Updates.setOnInsert("expireAt", Date.from(expireAt))),
          new UpdateOptions().upsert(true)));
    }
    if (!writes.isEmpty()) {
      run(() -> counts.bulkWrite(writes, new BulkWriteOptions().ordered(false)));
      durability.sync();
    }
  }

  @Override
  public List<DayCount> since(LocalDate from) {
    List<DayCount> found = new ArrayList<>();
    run(() -> counts.find(Filters.gte("day", from.toString())).forEach(d -> {
      Optional<Language> lang = Language.fromCode(d.getString("lang"));
      lang.ifPresent(l -> found.add(new DayCount(d.getString("group"),
          new UnansweredQuestion(d.getString("text"), l, Optional.of(d.getString("topic")),
              Optional.of(d.getString("municipality"))),
          LocalDate.parse(d.getString("day")), ((Number) d.get("count")).longValue())));
    }));
    return found;
  }

  @Override
  public long deleteBefore(LocalDate day) {
    long deleted = call(() -> counts.deleteMany(Filters.lt("day", day.toString()))
        .getDeletedCount());
    durability.sync();
    return deleted;
  }

  @Override
  public void markAnswered(String groupId, Instant at) {
    run(() -> marks.replaceOne(Filters.eq("_id", groupId),
        new Document("_id", groupId).append("at", Date.from(at))
            .append("expireAt", Date.from(at.plus(retention))),
        new ReplaceOptions().upsert(true)));
    durability.sync();
  }

  @Override
  public Set<String> answeredSince(Instant from) {
    Set<String> found = new HashSet<>();
    run(() -> marks.find(Filters.gte("at", Date.from(from)))
        .forEach(d -> found.add(d.getString("_id"))));
    return found;
  }

  @Override
  public long deleteMarksBefore(Instant at) {
    long deleted = call(() -> marks.deleteMany(Filters.lt("at", Date.from(at)))
        .getDeletedCount());
    durability.sync();
    return deleted;
  }
}
