package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.backend.KeyValue;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.bson.Document;
import org.junit.jupiter.api.io.TempDir;

class IndexKeyOrderTest {

  @Property(tries = 3000, seed = "20261202")
  void ordersKeysExactlyAsH2DoesBySerialising(@ForAll("keys") Object a, @ForAll("keys") Object b) {
    KeyValue ka = new KeyValue(a);
    KeyValue kb = new KeyValue(b);
    assertThat(Integer.signum(new IndexKeyOrder().compare(ka, kb)))
        .isEqualTo(Integer.signum(new ObjectDataType().compare(ka, kb)));
  }

  @Provide
  Arbitrary<Object> keys() {
    Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(40);
    Arbitrary<String> ids = Arbitraries.strings().withCharRange('a', 'f').numeric().ofMinLength(30)
        .ofMaxLength(37);
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(12);
    return Arbitraries.oneOf(ascii, ids, any, Arbitraries.longs().map(Object.class::cast));
  }

  @Test
  void aFileWrittenInH2sOwnOrderIsReadAndExtended(@TempDir Path dir) {
    String file = dir.resolve("keys.mv").toString();
    List<String> ids = List.of("b", "a", "tg-12", "tg-9", "web-3f2a", "web-3f2b", "z", "é", "");
    try (MVStore store = MVStore.open(file)) {
      MVMap<KeyValue, Object> map = store.openMap("db.c._index__id_");
      ids.forEach(id -> map.put(new KeyValue(id), id.length()));
      store.commit();
    }
    try (MVStore store = MVStore.open(file)) {
      IndexKeyOrder.open(store, "db.c._index__id_");
      MVMap<KeyValue, Object> map = store.openMap("db.c._index__id_");
      assertThat(map.getKeyType()).isInstanceOf(IndexKeyOrder.class);
      ids.forEach(id -> assertThat(map.get(new KeyValue(id))).isEqualTo(id.length()));
      map.put(new KeyValue("tg-10"), 5);
      store.commit();
    }
    try (MVStore store = MVStore.open(file)) {
      IndexKeyOrder.open(store, "db.c._index__id_");
      MVMap<KeyValue, Object> map = store.openMap("db.c._index__id_");
      assertThat(map.get(new KeyValue("tg-10"))).isEqualTo(5);
      ids.forEach(id -> assertThat(map.get(new KeyValue(id))).isEqualTo(id.length()));
    }
  }

  @Test
  void theEmbeddedServerFindsEveryDocumentOfAFileWrittenByMongoJavaServersOwnBackend(
      @TempDir Path dir) {
    String file = dir.resolve("data.mv").toString();
    List<String> ids = IntStream.range(0, 500).mapToObj(i -> "conversation-" + i * 7919 % 1000)
        .distinct().toList();
    withServer(file, false, c -> ids.forEach(id -> c.insertOne(new Document("_id", id))));
    withServer(file, true, c -> {
      ids.forEach(id -> assertThat(c.find(Filters.eq("_id", id)).first()).as(id).isNotNull());
      c.replaceOne(Filters.eq("_id", ids.get(0)), new Document("n", 1),
          new ReplaceOptions().upsert(true));
      c.insertOne(new Document("_id", "web-new"));
      assertThatThrownBy(() -> c.insertOne(new Document("_id", ids.get(3))))
          .isInstanceOf(MongoWriteException.class);
      assertThat(c.countDocuments()).isEqualTo(ids.size() + 1);
    });
    withServer(file, true, c -> {
      assertThat(c.find(Filters.eq("_id", "web-new")).first()).isNotNull();
      assertThat(c.find(Filters.eq("_id", ids.get(0))).first().getInteger("n")).isEqualTo(1);
      ids.forEach(id -> assertThat(c.find(Filters.eq("_id", id)).first()).as(id).isNotNull());
    });
  }

  @Test
  void everyMapOfTheEmbeddedServerGetsItsCompactType(@TempDir Path dir) {
    String file = dir.resolve("data.mv").toString();
    MVStore store = MVStore.open(file);
    MongoServer server = new MongoServer(new TunedH2Backend(store, new CommitGate()));
    try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
      client.getDatabase("dalil").getCollection("anything").insertOne(new Document("_id", "a"));
      assertThat(store.openMap("dalil.anything._index__id_").getKeyType())
          .isInstanceOf(IndexKeyOrder.class);
      assertThat(store.openMap(TunedH2Backend.DOCUMENTS_PREFIX + "dalil.anything").getValueType())
          .isInstanceOf(CompactRecordType.class);
    } finally {
      server.shutdownNow();
      store.close();
    }
  }

  private static void withServer(String file, boolean ordered,
      Consumer<MongoCollection<Document>> use) {
    MVStore store = MVStore.open(file);
    H2Backend backend = ordered
        ? new TunedH2Backend(store, new CommitGate()) : new H2Backend(store);
    MongoServer server = new MongoServer(backend);
    try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
      use.accept(client.getDatabase("dalil").getCollection("conversations"));
      backend.commit();
    } finally {
      server.shutdownNow();
      store.close();
    }
  }
}
