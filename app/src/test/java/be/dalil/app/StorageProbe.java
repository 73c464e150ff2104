package be.dalil.app;

import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.conversation.ConversationState;
import be.dalil.bot.conversation.WriteBehindConversationStore;
import be.dalil.i18n.Language;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.mongo.MongoKnowledgeStorage;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The storage of the application, driven from a child JVM that {@link KillDurabilityIT} kills
 * with SIGKILL at a random moment. It prints a line for every promise made, after the call that
 * makes it returned: {@code ACK <conversation> <sequence> <wall ms>} when a reply would be sent,
 * {@code FORGOT <conversation>} when a forget would be answered 204, {@code IMPORTED} when an
 * import would be answered 200.
 */
final class StorageProbe {

  static final String DATABASE = "dalil";
  static final Duration TTL = Duration.ofDays(30);
  static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
  static final int CONVERSATIONS = 50;
  /** Steps (of about a millisecond) between saving a conversation and forgetting it. */
  static final int FORGET_AGE = 1500;
  static final int IMPORT_SIZE = 5000;

  private StorageProbe() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    MongoSetup mongo = MongoSetup.embedded(Path.of(args[1]));
    MongoDatabase db = mongo.client().getDatabase(DATABASE);
    switch (mode) {
      case "seed" -> {
        KnowledgeBase.open(MongoKnowledgeStorage.on(db, mongo.durability()), Clock.systemUTC());
        mongo.close();
        System.out.println("SEEDED");
      }
      case "conversations" -> conversations(mongo, db, false);
      case "forget" -> conversations(mongo, db, true);
      case "import" -> {
        KnowledgeBase kb = KnowledgeBase.open(
            MongoKnowledgeStorage.on(db, mongo.durability()), Clock.systemUTC());
        System.out.println("READY");
        kb.imports().importActors(new ByteArrayInputStream(
            batch(IMPORT_SIZE).getBytes(StandardCharsets.UTF_8)));
        System.out.println("IMPORTED");
        Thread.sleep(60_000);
      }
      default -> throw new IllegalArgumentException(mode);
    }
  }

  /**
   * Saves states as fast as a busy server would, each carrying its sequence number in {@code
   * updatedAt}: of {@link #CONVERSATIONS} conversations in turn, or, with {@code forgetting}, of
   * a new conversation at each step, forgetting the one of {@link #FORGET_AGE} steps before
   * (long enough to be on disk) just after saving a new state of it (so a write of it is pending).
   */
  private static void conversations(MongoSetup mongo, MongoDatabase db, boolean forgetting)
      throws InterruptedException {
    MongoConversationStore durable = new MongoConversationStore(db, TTL, Clock.systemUTC(),
        mongo.durability(), true);
    WriteBehindConversationStore store = new WriteBehindConversationStore(durable,
        new WriteBehindConversationStore.Limits(TTL, 1 << 20, 10_000, Duration.ofSeconds(2)),
        Clock.systemUTC());
    ConversationFlusher.start(store, Duration.ofMillis(100));
    System.out.println("READY");
    for (long n = 1; ; n++) {
      ConversationId id = new ConversationId(forgetting ? "f-" + n : "c-" + n % CONVERSATIONS);
      store.save(state(id, n));
      System.out.println("ACK " + id.value() + " " + n + " " + System.currentTimeMillis());
      if (forgetting && n > FORGET_AGE && n % 2 == 0) {
        ConversationId old = new ConversationId("f-" + (n - FORGET_AGE));
        store.save(state(old, n));
        store.delete(old);
        System.out.println("FORGOT " + old.value());
      }
      Thread.sleep(1);
    }
  }

  private static ConversationState state(ConversationId id, long sequence) {
    return ConversationState.start(id, Language.values()[(int) (sequence % 4)],
        BASE.plusMillis(sequence));
  }

  static String batch(int size) {
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < size; i++) {
      batch.append(i == 0 ? "" : ",").append("{\"id\": \"probe-").append(i)
          .append("\", \"name\": \"Probe ").append(i)
          .append("\", \"description\": {\"nl\": \"Nederlands oefenen\"},")
          .append(" \"topics\": [\"learn_dutch\"], \"municipality\": \"Hasselt\",")
          .append(" \"serviceArea\": [\"municipality:hasselt\"],")
          .append(" \"website\": \"https://example.org/").append(i).append("\"}");
    }
    return batch.append(']').toString();
  }
}
