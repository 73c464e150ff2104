package be.dalil.app;

import java.util.HashMap;
import java.util.Map;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.SingleFileStore;

/**
 * The MVStore file, with the two commits the MVStore would start by itself taken away from it:
 * one inside a write when unsaved memory runs high, one when housekeeping moves chunks. Both may
 * land in the middle of a write command; {@link EmbeddedStore} commits and keeps house itself,
 * behind its {@link CommitGate}.
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
