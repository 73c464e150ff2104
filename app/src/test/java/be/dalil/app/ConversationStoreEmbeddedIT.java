package be.dalil.app;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The conversation store on the embedded server, with its data file, as the application runs. */
class ConversationStoreEmbeddedIT extends ConversationStoreContract {

  @TempDir
  static Path data;
  private static MongoSetup mongo;

  @BeforeAll
  static void start() {
    mongo = MongoSetup.embedded(data);
  }

  @AfterAll
  static void stop() {
    mongo.close();
  }

  @Override
  MongoDatabase database(String name) {
    return mongo.client().getDatabase(name);
  }

  @Override
  boolean exclusive() {
    return true;
  }
}
