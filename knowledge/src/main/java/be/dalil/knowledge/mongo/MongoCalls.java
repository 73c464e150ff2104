package be.dalil.knowledge.mongo;

import be.dalil.knowledge.KnowledgeUnavailableException;
import com.mongodb.MongoException;
import java.util.function.Supplier;

/** Runs driver calls so that a database failure surfaces as the domain's own exception. */
final class MongoCalls {

  private MongoCalls() {}

  static void run(Runnable operation) {
    try {
      operation.run();
    } catch (MongoException e) {
      throw new KnowledgeUnavailableException(e);
    }
  }

  static <T> T call(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (MongoException e) {
      throw new KnowledgeUnavailableException(e);
    }
  }
}
