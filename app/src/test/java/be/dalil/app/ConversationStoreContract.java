package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.conversation.ConversationState;
import be.dalil.i18n.Language;
import be.dalil.knowledge.GeoPoint;
import be.dalil.knowledge.HandClock;
import be.dalil.knowledge.Topic;
import be.dalil.knowledge.mongo.Durability;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conversation store through the official driver, on the embedded server
 * ({@code ConversationStoreEmbeddedIT}) and on a real mongod where Docker exists
 * ({@code ConversationStoreOnMongodIT}).
 */
abstract class ConversationStoreContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  static final Duration TTL = Duration.ofDays(30);
  private final HandClock clock = new HandClock(Instant.parse("2026-11-30T09:00:00Z"));
  MongoDatabase db;
  MongoConversationStore store;

  abstract MongoDatabase database(String name);

  /** Whether the server itself removes expired documents (a TTL monitor). */
  abstract boolean exclusive();

  @BeforeEach
  void open() {
    db = database("conversations-" + DATABASES.incrementAndGet());
    store = new MongoConversationStore(db, TTL, clock, Durability.BY_WRITE_CONCERN, exclusive());
  }

  private ConversationState state(String id) {
    return ConversationState.start(new ConversationId(id), Language.AR, clock.instant())
        .withPlace(ConversationState.SavedPlace.of("gent", "9000", new GeoPoint(51.054, 3.717),
            true))
        .withTopic(Topic.HEALTHCARE)
        .withPending(Optional.of(ConversationState.Pending.PLACE));
  }

  @Test
  void keepsEveryFieldOfAStateAndWritesManyInOneCall() {
    store.saveAll(List.of(state("a"), state("b"), state("c")));
    ConversationState loaded = store.load(new ConversationId("b")).orElseThrow();
    assertThat(loaded).isEqualTo(state("b"));
    assertThat(loaded.place().orElseThrow().point().lat()).isEqualTo(51.05);
    assertThat(store.load(new ConversationId("nobody"))).isEmpty();
  }

  @Test
  void writesAFlushLargerThanOneChunkWhole() {
    List<ConversationState> states = IntStream.range(0, 2 * 200 + 51)
        .mapToObj(i -> state("flush-" + i)).toList();
    store.saveAll(states);
    assertThat(db.getCollection(MongoConversationStore.COLLECTION).countDocuments())
        .isEqualTo(states.size());
    assertThat(store.load(new ConversationId("flush-450"))).contains(state("flush-450"));
  }

  @Test
  void forgetsAConversationEntirely() {
    store.save(state("a"));
    store.delete(new ConversationId("a"));
    assertThat(store.load(new ConversationId("a"))).isEmpty();
    assertThat(db.getCollection(MongoConversationStore.COLLECTION).countDocuments()).isZero();
  }

  @Test
  void neverReturnsAnExpiredConversationAndPurgesIt() {
    store.save(state("old"));
    clock.advance(TTL.plusSeconds(1));
    store.save(state("new"));
    assertThat(store.load(new ConversationId("old"))).isEmpty();
    store.save(state("old-2"));
    clock.advance(TTL.plusSeconds(1));
    assertThat(store.purgeExpired()).isGreaterThanOrEqualTo(1);
    assertThat(store.load(new ConversationId("new"))).isEmpty();
  }

  @Test
  void hasATimeToLiveIndexOnTheExpiryDate() {
    List<Document> indexes = db.getCollection(MongoConversationStore.COLLECTION).listIndexes()
        .into(new java.util.ArrayList<>());
    assertThat(indexes).anySatisfy(index -> {
      assertThat(index.get("key", Document.class)).containsKey("expiresAt");
      assertThat(((Number) index.get("expireAfterSeconds")).longValue()).isZero();
    });
  }
}
