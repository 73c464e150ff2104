package be.dalil.knowledge.mongo;

import be.dalil.knowledge.KnowledgeStorage;
import com.mongodb.client.MongoDatabase;

/**
 * The knowledge base's stores on MongoDB (a real server or the embedded wire-compatible one),
 * through the official driver: collections {@code actors}, {@code answers} and {@code meta}.
 */
public final class MongoKnowledgeStorage {

  private MongoKnowledgeStorage() {}

  public static KnowledgeStorage on(MongoDatabase db) {
    return new KnowledgeStorage(new MongoActorStore(db), new MongoAnswerStore(db),
        new MongoSeedLog(db));
  }
}
