package be.dalil.app;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.conversation.ConversationState;
import be.dalil.bot.conversation.ConversationStore;
import be.dalil.i18n.Language;
import be.dalil.knowledge.GeoPoint;
import be.dalil.knowledge.KnowledgeUnavailableException;
import be.dalil.knowledge.Topic;
import be.dalil.knowledge.mongo.Durability;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * Conversation state in the collection {@code conversations}. Every document carries an
 * {@code expiresAt}: a TTL index removes it on a real MongoDB, {@link #purgeExpired()} on the
 * embedded server, and {@link #load} never returns an expired one.
 */
final class MongoConversationStore implements ConversationStore {

  static final String COLLECTION = "conversations";
  private static final int CHUNK = 200;

  private final MongoCollection<Document> conversations;
  private final Duration timeToLive;
  private final Clock clock;
  private final Durability durability;
  /**
   * On a database only this process writes to (the embedded server), the ids it may hold: a new
   * conversation, most cache misses, then costs no round trip. Empty on a shared database.
   */
  private final Optional<Set<String>> stored;

  MongoConversationStore(MongoDatabase db, Duration timeToLive, Clock clock,
      Durability durability, boolean exclusive) {
    this.conversations = db.getCollection(COLLECTION);
    this.durability = durability;
    this.stored = exclusive ? Optional.of(storedIds()) : Optional.empty();
    this.timeToLive = timeToLive;
    this.clock = clock;
    call(() -> conversations.createIndex(Indexes.ascending("expiresAt"),
        new IndexOptions().expireAfter(0L, TimeUnit.SECONDS)));
  }

  @Override
  public Optional<ConversationState> load(ConversationId id) {
    if (stored.isPresent() && !stored.get().contains(id.value())) {
      return Optional.empty();
    }
    Document doc = call(() -> conversations.find(eq("_id", id.value())).first());
    if (doc == null) {
      return Optional.empty();
    }
    if (!doc.getDate("expiresAt").toInstant().isAfter(clock.instant())) {
      delete(id);
      return Optional.empty();
    }
    return Optional.of(toState(id, doc));
  }

  @Override
  public void save(ConversationState state) {
    saveAll(List.of(state));
  }

  /** One unordered bulk write of upserts, then committed to disk. */
  @Override
  public void saveAll(Collection<ConversationState> states) {
    if (states.isEmpty()) {
      return;
    }
    ReplaceOptions upsert = new ReplaceOptions().upsert(true);
    BulkWriteOptions unordered = new BulkWriteOptions().ordered(false);
    // In chunks: a reader waits at most for one chunk, not for the whole flush, and only one
    // chunk's documents exist at a time (a flush after a slow spell can hold 50,000 states).
    List<WriteModel<Document>> chunk = new ArrayList<>(CHUNK);
    Iterator<ConversationState> each = states.iterator();
    while (each.hasNext()) {
      ConversationState state = each.next();
      chunk.add(new ReplaceOneModel<>(eq("_id", state.id().value()), toDocument(state), upsert));
      if (chunk.size() == CHUNK || !each.hasNext()) {
        List<WriteModel<Document>> writes = List.copyOf(chunk);
        call(() -> conversations.bulkWrite(writes, unordered));
        chunk.clear();
      }
    }
    stored.ifPresent(ids -> states.forEach(s -> ids.add(s.id().value())));
    durability.sync();
  }

  private Document toDocument(ConversationState state) {
    Document doc = new Document("_id", state.id().value())
        .append("language", state.language().code())
        .append("languageChosen", state.languageChosen())
        .append("updatedAt", Date.from(state.updatedAt()))
        .append("expiresAt", Date.from(state.updatedAt().plus(timeToLive)));
    state.place().ifPresent(p -> doc.append("place", new Document("municipality", p.municipalityId())
        .append("postcode", p.postcode()).append("lat", p.point().lat())
        .append("lon", p.point().lon()).append("exact", p.exact())));
    state.topic().ifPresent(t -> doc.append("topic", t.id()));
    state.pending().ifPresent(p -> doc.append("pending", p.name()));
    return doc;
  }

  @Override
  public void delete(ConversationId id) {
    call(() -> conversations.deleteOne(eq("_id", id.value())));
    durability.sync();
    stored.ifPresent(ids -> ids.remove(id.value()));
  }

  private Set<String> storedIds() {
    Set<String> ids = ConcurrentHashMap.newKeySet();
    return call(() -> {
      conversations.find().projection(new Document("_id", 1)).batchSize(10_000)
          .forEach(d -> ids.add(d.getString("_id")));
      return ids;
    });
  }

  /** Deletes expired conversations; returns how many. */
  long purgeExpired() {
    // The ids stay in the set: it may name a conversation that is gone (one wasted read), never
    // miss one that exists.
    return call(() -> conversations.deleteMany(lt("expiresAt", Date.from(clock.instant())))
        .getDeletedCount());
  }

  private static ConversationState toState(ConversationId id, Document doc) {
    Document place = doc.get("place", Document.class);
    Optional<ConversationState.SavedPlace> saved = place == null ? Optional.empty()
        : Optional.of(new ConversationState.SavedPlace(place.getString("municipality"),
            place.getString("postcode"),
            new GeoPoint(place.getDouble("lat"), place.getDouble("lon")),
            place.getBoolean("exact", false)));
    Optional<ConversationState.Pending> pending = Optional.ofNullable(doc.getString("pending"))
        .flatMap(p -> {
          try {
            return Optional.of(ConversationState.Pending.valueOf(p));
          } catch (IllegalArgumentException e) {
            return Optional.empty();
          }
        });
    Instant updated = doc.getDate("updatedAt").toInstant();
    return new ConversationState(id,
        Language.fromCode(doc.getString("language")).orElse(Language.EN),
        doc.getBoolean("languageChosen", false), saved,
        Optional.ofNullable(doc.getString("topic")).flatMap(Topic::fromId), pending, updated);
  }

  private static <T> T call(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (MongoException e) {
      throw new KnowledgeUnavailableException(e);
    }
  }
}
