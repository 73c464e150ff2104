package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash of the embedded store at any moment leaves whole documents: each one its {@code _id}
 * index knows. Writes run in bulk while explicit commits (as a forget makes) come from another
 * thread; the store is then abandoned as {@code kill -9} would leave it, reopened, and every
 * written id is upserted again, as an import's recovery does.
 */
class EmbeddedStoreCrashTest {

  private static final int CRASHES = 15;
  private static final int BATCH = 200;

  @TempDir
  Path dir;

  @Test
  void aCrashNeverLeavesADocumentItsIdIndexDoesNotKnow() throws Exception {
    Path file = dir.resolve("crash.mv");
    Random random = new Random(20261203);
    AtomicInteger attempted = new AtomicInteger();
    for (int crash = 0; crash < CRASHES; crash++) {
      int before = attempted.get();
      try (Running running = new Running(file)) {
        AtomicBoolean stop = new AtomicBoolean();
        Thread writer = new Thread(() -> {
          while (!stop.get()) {
            int from = attempted.getAndAdd(BATCH);
            try {
              running.actors.bulkWrite(upserts(from, from + BATCH),
                  new BulkWriteOptions().ordered(false));
            } catch (RuntimeException e) {
              return; // the store was abandoned under it
            }
          }
        });
        Thread forgets = new Thread(() -> {
          while (!stop.get()) {
            try {
              running.store.commit();
            } catch (RuntimeException e) {
              return;
            }
          }
        });
        writer.start();
        forgets.start();
        Thread.sleep(40 + random.nextInt(120));
        running.store.crash();
        stop.set(true);
        writer.join();
        forgets.join();
      }
      try (Running reopened = new Running(file)) {
        int written = attempted.get();
        // The ids of earlier rounds were re-applied after their own crash.
        assertThatCode(() -> reopened.actors.bulkWrite(upserts(before, written),
            new BulkWriteOptions().ordered(false)))
            .as("re-applying every id after crash %d", crash).doesNotThrowAnyException();
        assertThat(reopened.actors.countDocuments()).isEqualTo(written);
        assertThat(reopened.actors.find(Filters.eq("_id", "actor-" + (written - 1))).first())
            .isNotNull();
      }
    }
  }

  private static List<WriteModel<Document>> upserts(int from, int to) {
    List<WriteModel<Document>> writes = new ArrayList<>();
    IntStream.range(from, to).forEach(i -> writes.add(new ReplaceOneModel<>(
        Filters.eq("_id", "actor-" + i),
        new Document("_id", "actor-" + i).append("name", "Actor " + i).append("n", i),
        new ReplaceOptions().upsert(true))));
    return writes;
  }

  /** The store behind a server and a client, as the application runs it. */
  private static final class Running implements AutoCloseable {
    final EmbeddedStore store;
    final MongoServer server;
    final MongoClient client;
    final MongoCollection<Document> actors;

    Running(Path file) {
      store = EmbeddedStore.open(file, Duration.ofMillis(1000), 1);
      server = new MongoServer(store.backend());
      client = MongoClients.create(server.bindAndGetConnectionString());
      actors = client.getDatabase("dalil").getCollection("actors");
    }

    @Override
    public void close() {
      client.close();
      store.close();
      server.shutdownNow();
    }
  }
}
