package be.dalil.bot.dialog;

import be.dalil.bot.Assistant;
import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.conversation.InMemoryConversationStore;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Reply;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.mongo.MongoKnowledgeStorage;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A whole reply: understanding, dialog, the nearby search (the in-memory snapshot of a knowledge
 * base stored through the official driver on an in-memory wire-protocol server) and the localized
 * texts. Run with
 * {@code mvn -q -pl bot-core test-compile exec:exec@bench-reply}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReplyBenchmark {

  private static final List<String> MESSAGES = List.of(
      "Where can I learn Dutch in Schaerbeek?",
      "أين يمكنني تعلم الهولندية في سكاربيك؟",
      "je cherche un logement à Anderlecht",
      "ik zoek een huisarts in Gent",
      "bghit n9ra lholandia f anvers");

  private Assistant assistant;
  private int next;

  @Setup
  public void start() {
    Clock clock = Clock.systemUTC();
    MongoServer server = new MongoServer(new MemoryBackend());
    KnowledgeBase knowledge = KnowledgeBase.open(MongoKnowledgeStorage.on(
        MongoClients.create(server.bindAndGetConnectionString()).getDatabase("dalil")), clock);
    assistant = Assistant.create(knowledge,
        new InMemoryConversationStore(Duration.ofDays(30), clock), clock, 3);
  }

  @Benchmark
  public Reply answerAPracticalQuestion() {
    String message = MESSAGES.get(next);
    next = (next + 1) % MESSAGES.size();
    return assistant.handle(Incoming.text(new ConversationId("bench-" + next), message));
  }
}
