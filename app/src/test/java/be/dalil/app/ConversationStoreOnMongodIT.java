package be.dalil.app;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.conversation.ConversationState;
import be.dalil.i18n.Language;
import be.dalil.knowledge.RealMongod;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conversation store on a real mongod, where Docker exists: the same contract, shared by
 * instances (no in-process id set), and the plan of the lookup printed and checked.
 */
@ExtendWith(RealMongod.class)
class ConversationStoreOnMongodIT extends ConversationStoreContract {

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
  MongoDatabase database(String name) {
    return client.getDatabase(name);
  }

  @Override
  boolean exclusive() {
    return false;
  }

  @Test
  void theConversationLookupUsesTheIdIndex() {
    store.save(ConversationState.start(new ConversationId("plan-1"), Language.EN,
        java.time.Instant.now()));
    Document plan = db.getCollection(MongoConversationStore.COLLECTION)
        .find(eq("_id", "plan-1")).explain();
    String winning = plan.get("queryPlanner", Document.class).get("winningPlan").toString();
    System.out.println("conversation lookup plan on " + RealMongod.IMAGE + ": " + winning);
    assertThat(winning).doesNotContain("COLLSCAN");
  }
}
