package be.dalil.knowledge.mongo;

import be.dalil.knowledge.KnowledgeStorage;
import com.mongodb.client.MongoDatabase;

/**
 * The knowledge base's stores on MongoDB (a real server or the embedded wire-compatible one),
 * through the official driver: collections {@code actors}, {@code answers}, {@code meta} and the
 * import journal's {@code imports} and {@code import_staging}.
 */
public final class MongoKnowledgeStorage {

  private MongoKnowledgeStorage() {}

  /** On a server whose write concern makes every acknowledged write durable. */
  public static KnowledgeStorage on(MongoDatabase db) {
    return on(db, Durability.BY_WRITE_CONCERN);
  }

  /** With an explicit step that makes writes durable (the embedded server's commit). */
  public static KnowledgeStorage on(MongoDatabase db, Durability durability) {
    return new KnowledgeStorage(new MongoActorStore(db, durability), new MongoAnswerStore(db),
        new MongoSeedLog(db), new MongoImportJournal(db, durability));
  }
}
