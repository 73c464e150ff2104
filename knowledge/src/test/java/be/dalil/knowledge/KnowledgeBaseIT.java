package be.dalil.knowledge;

import be.dalil.knowledge.mongo.MongoKnowledgeStorage;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The knowledge base on a MongoDB wire-protocol server, through the official driver. */
class KnowledgeBaseIT extends KnowledgeBaseContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static MongoServer server;
  private static MongoClient client;

  @BeforeAll
  static void start() {
    server = new MongoServer(new MemoryBackend());
    client = MongoClients.create(server.bindAndGetConnectionString());
  }

  @AfterAll
  static void stop() {
    client.close();
    server.shutdown();
  }

  @Override
  KnowledgeStorage storage() {
    return MongoKnowledgeStorage.on(client.getDatabase("dalil-test-" + DATABASES.incrementAndGet()));
  }
}
