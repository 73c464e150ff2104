package be.dalil.bot;

import be.dalil.knowledge.KnowledgeBase;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;

/** One shipped knowledge base on an in-memory wire-protocol server, shared by the dialog tests. */
final class TestKnowledge {

  private static KnowledgeBase knowledge;

  private TestKnowledge() {}

  static synchronized KnowledgeBase get() {
    if (knowledge == null) {
      MongoServer server = new MongoServer(new MemoryBackend());
      String uri = server.bindAndGetConnectionString();
      knowledge = KnowledgeBase.open(MongoClients.create(uri).getDatabase("dalil"),
          Clock.systemUTC());
    }
    return knowledge;
  }
}
