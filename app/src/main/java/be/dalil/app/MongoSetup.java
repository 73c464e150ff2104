package be.dalil.app;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import be.dalil.knowledge.mongo.Durability;
import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB connection: a real server when {@code MONGODB_URI} is set, else an in-process
 * MongoDB-wire-compatible server (mongo-java-server, H2 MVStore file in the data directory). Both
 * are reached through the official driver over the wire protocol.
 *
 * <p>Durability. On a real server every write is acknowledged with a journaled majority write
 * concern. The embedded server's file is committed every 100 ms between write commands
 * ({@link EmbeddedStore}), and what must survive a crash is committed explicitly through
 * {@link #durability()} before it is acknowledged.
 */
final class MongoSetup implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MongoSetup.class);
  static final String DATA_FILE = "dalil-mongo.mv";
  /** The embedded store's background commit: a backstop, not a promise. */
  private static final Duration BACKGROUND_COMMIT = Duration.ofMillis(100);
  /**
   * The MVStore's page cache, in its own estimate: it holds deserialized documents that take
   * several times that on the heap, and actors are served from memory anyway. Its pages live long
   * enough to be promoted and then die in the old generation: under chat load (20,000
   * conversations) 4 MB meant a full collection every 3-5 s (p99 71-98 ms), 1 MB about a third as
   * many (p99 30-46 ms) at the same throughput, and an import of 100,000 actors took 24 s instead
   * of 50. Without a cache (0) the import never finished: every B-tree step read its page again.
   * With the records as BSON ({@link CompactRecordType}), 4 MB still meant 9 full collections in
   * 90 s of chat load and a p99 of 40 ms, against 1 and 18 ms with 1 MB.
   */
  private static final int PAGE_CACHE_MB = 1;

  private final Optional<MongoServer> embedded;
  private final Optional<EmbeddedStore> store;
  private final MongoClient client;

  private MongoSetup(Optional<MongoServer> embedded, Optional<EmbeddedStore> store,
      MongoClient client) {
    this.embedded = embedded;
    this.store = store;
    this.client = client;
  }

  /**
   * The configured database, or the embedded one.
   *
   * @param commands told of every command the driver runs (for metrics: failures, latency)
   */
  static MongoSetup start(DalilProperties properties, CommandListener commands) {
    if (!properties.mongodbUri().isBlank()) {
      log.info("Using MongoDB at the configured MONGODB_URI");
      return new MongoSetup(Optional.empty(), Optional.empty(),
          client(new ConnectionString(properties.mongodbUri()), commands));
    }
    return embedded(Path.of(properties.dataDir()), commands);
  }

  /** The in-process server with its file in {@code directory}. */
  static MongoSetup embedded(Path directory) {
    return embedded(directory, new CommandListener() {});
  }

  private static MongoSetup embedded(Path directory, CommandListener commands) {
    Path dir = directory.toAbsolutePath();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dir, e);
    }
    Path file = dir.resolve(DATA_FILE);
    EmbeddedStore store = EmbeddedStore.open(file, BACKGROUND_COMMIT, PAGE_CACHE_MB);
    MongoServer server = new MongoServer(store.backend());
    String connection = server.bindAndGetConnectionString();
    OwnUserGate.install(server);
    ownerOnly(file);
    log.info("Embedded MongoDB-compatible server on {} with data in {}", server.getLocalAddress(),
        file);
    return new MongoSetup(Optional.of(server), Optional.of(store),
        client(new ConnectionString(connection), commands));
  }

  /** The data file holds conversations: readable by this user only, where files have owners. */
  private static void ownerOnly(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      log.info("Could not restrict the data file to its owner: {}", e.getClass().getSimpleName());
    }
  }

  private static MongoClient client(ConnectionString connection, CommandListener commands) {
    // Fail fast when the database is down: the API answers 503 instead of hanging.
    return MongoClients.create(MongoClientSettings.builder()
        .applyConnectionString(connection)
        .addCommandListener(commands)
        .writeConcern(WriteConcern.MAJORITY.withJournal(true))
        .applyToClusterSettings(c -> c.serverSelectionTimeout(3, TimeUnit.SECONDS))
        .applyToSocketSettings(s -> s.connectTimeout(3, TimeUnit.SECONDS)
            .readTimeout(10, TimeUnit.SECONDS))
        .build());
  }

  MongoClient client() {
    return client;
  }

  /** Whether the database is the in-process server, written by this process only. */
  boolean embedded() {
    return embedded.isPresent();
  }

  /** Makes everything written so far survive a crash (see the class comment). */
  Durability durability() {
    return store.<Durability>map(s -> s::commit).orElse(Durability.BY_WRITE_CONCERN);
  }

  @Override
  public void close() {
    client.close();
    // The store first: its commit thread stops before the server's shutdown closes the file.
    store.ifPresent(EmbeddedStore::close);
    embedded.ifPresent(MongoServer::shutdown);
  }
}
