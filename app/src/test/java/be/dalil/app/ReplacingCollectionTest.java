package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import org.bson.Document;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's short path for replacing a document by its _id answers and stores
 * what mongo-java-server's own H2 backend does, for any sequence of writes: the same matched and
 * modified counts, the same upserted ids, the same errors, the same documents (whose fields it
 * keeps in the replacement's order, as MongoDB does, where mongo-java-server keeps the order of
 * the document replaced).
 */
class ReplacingCollectionTest {

  private static final List<String> IDS = List.of("web-a", "web-b", "tg-1", "tg-2");
  private static final Servers SERVERS = new Servers();
  private static final AtomicInteger COLLECTIONS = new AtomicInteger();

  @Property(tries = 150, seed = "20261205")
  void answersAndStoresAsMongoJavaServersOwnBackendDoes(@ForAll("writes") List<Write> writes,
      @ForAll boolean uniqueIndexOnA) {
    String name = "c" + COLLECTIONS.incrementAndGet();
    MongoCollection<Document> tuned = SERVERS.tuned.getCollection(name);
    MongoCollection<Document> stock = SERVERS.stock.getCollection(name);
    for (MongoCollection<Document> c : List.of(tuned, stock)) {
      c.createIndex(Indexes.ascending("expiresAt"),
          new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
      if (uniqueIndexOnA) {
        c.createIndex(Indexes.ascending("a"), new IndexOptions().unique(true).sparse(true));
      }
    }
    for (Write write : writes) {
      assertThat(write.apply(tuned)).as(write.toString()).isEqualTo(write.apply(stock));
    }
    assertThat(all(tuned)).isEqualTo(all(stock));
  }

  @Provide
  Arbitrary<List<Write>> writes() {
    Arbitrary<String> ids = Arbitraries.of(IDS);
    Arbitrary<Document> bodies = Arbitraries.of(
        new Document("a", 1),
        new Document("a", 1).append("language", "ar"),
        new Document("language", "fr").append("a", 2)
            .append("place", new Document("municipality", "21001").append("lat", 50.83)),
        new Document("expiresAt", new Date(1_800_000_000_000L)).append("topic", "healthcare"),
        new Document(),
        new Document("_id", "web-a").append("a", 3),
        new Document("_id", "someone-else").append("a", 4));
    Arbitrary<Write> replaces = Combinators.combine(ids, bodies, Arbitraries.of(true, false))
        .as(Replace::new);
    Arbitrary<Write> sets = Combinators.combine(ids, Arbitraries.integers().between(1, 3))
        .as(SetA::new);
    Arbitrary<Write> deletes = ids.map(Delete::new);
    return Arbitraries.frequencyOf(
        Tuple.of(6, replaces),
        Tuple.of(1, sets),
        Tuple.of(1, deletes)).list().ofMaxSize(25);
  }

  /** Compared field by field: the short path keeps the replacement's order of fields. */
  private static List<Document> all(MongoCollection<Document> c) {
    return c.find().sort(Indexes.ascending("_id")).into(new ArrayList<>());
  }

  /** A write and what the client saw of it, as text to compare. */
  interface Write {
    String apply(MongoCollection<Document> c);
  }

  record Replace(String id, Document body, boolean upsert) implements Write {
    @Override
    public String apply(MongoCollection<Document> c) {
      return outcome(() -> c.replaceOne(Filters.eq("_id", id), new Document(body),
          new ReplaceOptions().upsert(upsert)));
    }
  }

  record SetA(String id, int value) implements Write {
    @Override
    public String apply(MongoCollection<Document> c) {
      return outcome(() -> c.updateOne(Filters.eq("_id", id), Updates.set("a", value)));
    }
  }

  record Delete(String id) implements Write {
    @Override
    public String apply(MongoCollection<Document> c) {
      return "deleted " + c.deleteOne(Filters.eq("_id", id)).getDeletedCount();
    }
  }

  private static String outcome(Supplier<UpdateResult> write) {
    try {
      UpdateResult r = write.get();
      return "matched " + r.getMatchedCount() + ", modified " + r.getModifiedCount()
          + ", upserted " + r.getUpsertedId();
    } catch (MongoException e) {
      return "error " + e.getCode();
    }
  }

  /** Both servers for the whole property: each try writes a collection of its own. */
  private static final class Servers {
    final MVStore tunedStore = MVStore.open(null);
    final MVStore stockStore = MVStore.open(null);
    final MongoServer tunedServer = new MongoServer(new TunedH2Backend(tunedStore,
        new CommitGate()));
    final MongoServer stockServer = new MongoServer(new H2Backend(stockStore));
    final MongoClient tunedClient = MongoClients.create(tunedServer.bindAndGetConnectionString());
    final MongoClient stockClient = MongoClients.create(stockServer.bindAndGetConnectionString());
    final MongoDatabase tuned = tunedClient.getDatabase("dalil");
    final MongoDatabase stock = stockClient.getDatabase("dalil");

    void close() {
      tunedClient.close();
      stockClient.close();
      tunedServer.shutdownNow();
      stockServer.shutdownNow();
      tunedStore.close();
      stockStore.close();
    }
  }

  @AfterContainer
  static void closeServers() {
    SERVERS.close();
  }
}
