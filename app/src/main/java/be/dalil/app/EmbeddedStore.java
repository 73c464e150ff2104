package be.dalil.app;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's file (an H2 MVStore), committed only between write commands, so that a
 * crash always leaves the state after some command and never the middle of one.
 *
 * <p>Why: mongo-java-server writes a document and each of its unique index entries as separate
 * map writes. A commit landing between them leaves, after a crash, a document its {@code _id}
 * index does not know; the next upsert of that id is refused ("already existed"), and when that
 * is the re-apply of an import, the knowledge base cannot open. The MVStore commits by itself in
 * three places: its background thread, a write when unsaved memory runs high, and housekeeping
 * when it moves chunks. Here the first is off, the second never fires ({@link GatedFileStore}),
 * and one thread of ours commits and keeps house holding the {@link CommitGate} alone, while
 * every write command holds it shared ({@link TunedH2Backend}). Explicit commits (what must be
 * durable before it is acknowledged) go through the same gate.
 */
final class EmbeddedStore implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

  private final MVStore store;
  private final GatedFileStore file;
  private final CommitGate gate;
  private final TunedH2Backend backend;
  private final ScheduledExecutorService committer;

  private EmbeddedStore(MVStore store, GatedFileStore file, CommitGate gate,
      Duration commitInterval) {
    this.store = store;
    this.file = file;
    this.gate = gate;
    this.backend = new TunedH2Backend(store, gate);
    this.committer = Background.every("dalil-store-commit", commitInterval,
        this::commitAndKeepHouse);
  }

  /**
   * Opens (or creates) the file.
   *
   * @param commitInterval how often what was written is committed: at most this much of what was
   *     not committed explicitly is lost in a crash
   * @param pageCacheMb the MVStore's page cache, in its own estimate
   */
  static EmbeddedStore open(Path path, Duration commitInterval, int pageCacheMb) {
    GatedFileStore file = new GatedFileStore(pageCacheMb);
    file.open(path.toString(), false, null);
    MVStore store;
    try {
      store = new MVStore.Builder().adoptFileStore(file).autoCommitDisabled().open();
    } catch (RuntimeException e) {
      file.close();
      throw e;
    }
    return new EmbeddedStore(store, file, new CommitGate(), commitInterval);
  }

  H2Backend backend() {
    return backend;
  }

  /** Everything written by commands that have returned survives a crash once this returns. */
  void commit() {
    backend.commit();
  }

  private void commitAndKeepHouse() {
    try {
      gate.alone(() -> {
        store.commit();
        try {
          file.keepHouse(store);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    } catch (RuntimeException e) {
      // Logged and retried at the next tick: a scheduled task that throws is never run again.
      log.error("Committing the embedded store failed: {}", e.toString());
    }
  }

  /** Stops committing, then closes the file with a last commit (no write command runs now). */
  @Override
  public void close() {
    stopCommitting();
    backend.close();
  }

  /** What {@code kill -9} leaves: the file as of the last commit. For tests. */
  void crash() {
    stopCommitting();
    store.closeImmediately();
  }

  private void stopCommitting() {
    committer.shutdown();
    try {
      committer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
