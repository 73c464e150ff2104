package be.dalil.telegram;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where {@link TelegramSender} runs its work: on threads in production, on virtual time in tests
 * (so pacing can be checked without waiting).
 */
interface SendScheduler {

  /** Runs a task as soon as possible. */
  void execute(Runnable task);

  /** Runs a task after {@code delayMillis}. */
  void schedule(Runnable task, long delayMillis);

  /** Stops: pending tasks are dropped. */
  void close();

  /** The production scheduler: two daemon threads named "telegram-sender". */
  static SendScheduler onDaemonThreads() {
    ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, r -> {
      Thread thread = new Thread(r, "telegram-sender");
      thread.setDaemon(true);
      return thread;
    });
    return new SendScheduler() {
      @Override
      public void execute(Runnable task) {
        executor.execute(task);
      }

      @Override
      public void schedule(Runnable task, long delayMillis) {
        executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
      }

      @Override
      public void close() {
        executor.shutdownNow();
      }
    };
  }
}
