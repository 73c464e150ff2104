package be.dalil.app;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Keeps commits of the embedded store between write commands: write commands run side by side,
 * holding the gate shared, and a commit holds it alone. See {@link EmbeddedStore}.
 */
final class CommitGate {

  /** Not fair: a waiting commit still goes before newly arriving writes (no starvation). */
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  <T> T write(Supplier<T> command) {
    lock.readLock().lock();
    try {
      return command.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  void alone(Runnable commit) {
    lock.writeLock().lock();
    try {
      commit.run();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
