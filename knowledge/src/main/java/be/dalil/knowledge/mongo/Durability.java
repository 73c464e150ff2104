package be.dalil.knowledge.mongo;

/**
 * What makes an acknowledged write survive a crash of this process. A real MongoDB does it by
 * itself (the client's write concern is majority, journaled): {@link #BY_WRITE_CONCERN}. The
 * embedded server's file store is committed explicitly: the application passes that commit.
 * Called after every write whose acknowledgement promises durability (a forget, an import's
 * commit, a flush of conversation state).
 */
@FunctionalInterface
public interface Durability {

  /** For a server whose write concern already waits for the journal. */
  Durability BY_WRITE_CONCERN = () -> { };

  /** Returns once everything written so far is on disk. */
  void sync();
}
