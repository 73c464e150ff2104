package be.dalil.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * Makes an import all or nothing, whatever moment the process dies at. A batch is first staged
 * where no reader looks, then committed by one durable write, then applied to the actors. After
 * a crash, {@link KnowledgeBase#open} applies the batches that were committed and drops the ones
 * that were not: a batch is either entirely visible or not at all.
 */
public interface ImportJournal {

  /** A committed batch and its actors, as staged. */
  record CommittedBatch(String id, List<StoredActor> actors) {}

  /** Writes the batch's actors where no reader sees them. */
  void stage(String batchId, List<StoredActor> actors, Instant at);

  /** Marks the staged batch committed; when this returns, the mark is durable. */
  void commit(String batchId, Instant at);

  /** Records that a committed batch reached the actors, and drops its staged copy. */
  void applied(String batchId);

  /** Batches committed but not applied: the import was interrupted after its commit. */
  List<CommittedBatch> committedNotApplied();

  /**
   * Drops what is staged before {@code before} and not waiting to be applied: batches never
   * committed (an import in progress in another instance is younger) and leftovers of applied
   * ones; returns how many batches.
   */
  int discardUncommitted(Instant before);
}
