package be.dalil.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A daemon thread of its own for a periodic task, so that it never waits behind another. */
final class Background {

  private Background() {}

  static ScheduledExecutorService every(String name, Duration interval, Runnable task) {
    ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
    long millis = interval.toMillis();
    thread.scheduleWithFixedDelay(task, millis, millis, TimeUnit.MILLISECONDS);
    return thread;
  }
}
