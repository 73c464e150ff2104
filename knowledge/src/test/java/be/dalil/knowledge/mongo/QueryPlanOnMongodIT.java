package be.dalil.knowledge.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.knowledge.ActorFilter;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.RealMongod;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nearby query, run directly on MongoDB (the application serves it from memory, other tools
 * may not), uses the multikey index of search keys on a real mongod: the plan is printed and
 * checked to be an index scan, never a collection scan.
 */
@ExtendWith(RealMongod.class)
class QueryPlanOnMongodIT {

  @Test
  void theNearbyQueryIsAnIndexScan() {
    try (MongoClient client = RealMongod.client()) {
      MongoDatabase db = client.getDatabase("dalil-plans");
      KnowledgeBase.open(MongoKnowledgeStorage.on(db), Clock.systemUTC());
      ActorFilter nearGhent = new ActorFilter(Optional.empty(),
          Optional.of(Set.of("learn_dutch|u14d", "learn_dutch|u14f", "learn_dutch|area")),
          Set.of("ar"));
      Document plan = db.getCollection(MongoActorStore.COLLECTION)
          .find(MongoActorStore.query(nearGhent)).explain();
      String winning = plan.get("queryPlanner", Document.class).get("winningPlan").toString();
      System.out.println("nearby query plan on " + RealMongod.IMAGE + ": " + winning);
      assertThat(winning).contains("IXSCAN").doesNotContain("COLLSCAN");
    }
  }
}
