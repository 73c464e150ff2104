package be.dalil.app;

import java.util.HashMap;
import java.util.Map;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.SingleFileStore;

/**
 * The MVStore file, never committing from inside a write however much is unsaved, and with its
 * housekeeping (which may commit when it moves chunks) open to {@link EmbeddedStore}, which runs
 * it behind its {@link CommitGate} instead of on the MVStore's own background thread.
 */
final class GatedFileStore extends SingleFileStore {

  GatedFileStore(int pageCacheMb) {
    super(new HashMap<>(Map.of("cacheSize", pageCacheMb)));
  }

  /** Never from inside a write: the next commit of {@link EmbeddedStore} saves it. */
  @Override
  public boolean shouldSaveNow(int unsavedMemory, int autoCommitMemory) {
    return false;
  }

  /**
   * What the MVStore's background thread would do after a commit: rewrite sparse chunks, move
   * chunks to shrink the file. Moving chunks commits, so the caller holds the gate alone.
   */
  void keepHouse(MVStore store) throws InterruptedException {
    doHousekeeping(store);
  }
}
