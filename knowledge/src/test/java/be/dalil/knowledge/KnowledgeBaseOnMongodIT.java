package be.dalil.knowledge;

import be.dalil.knowledge.mongo.MongoKnowledgeStorage;
import com.mongodb.client.MongoClient;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The knowledge base's contract on a real mongod, where Docker exists. */
@ExtendWith(RealMongod.class)
class KnowledgeBaseOnMongodIT extends KnowledgeBaseContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static MongoClient client;

  @BeforeAll
  static void connect() {
    client = RealMongod.client();
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @Override
  KnowledgeStorage storage() {
    return MongoKnowledgeStorage.on(client.getDatabase("dalil-it-" + DATABASES.incrementAndGet()));
  }
}
