package be.dalil.app;

import be.dalil.bot.conversation.WriteBehindConversationStore;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flushes the write-behind conversation store on its own thread, so a slow write never waits
 * behind other scheduled work, and flushes what is left when the application stops (before the
 * database connection closes: this bean depends on the store, so it is destroyed first).
 */
final class ConversationFlusher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ConversationFlusher.class);
  /** At shutdown, how many times a failing flush is retried before state is given up. */
  private static final int FINAL_ATTEMPTS = 20;

  private final WriteBehindConversationStore store;
  private final ScheduledExecutorService thread;

  private ConversationFlusher(WriteBehindConversationStore store,
      ScheduledExecutorService thread) {
    this.store = store;
    this.thread = thread;
  }

  static ConversationFlusher start(WriteBehindConversationStore store, Duration interval) {
    ScheduledExecutorService thread = Background.every("conversation-flush", interval,
        store::flush);
    return new ConversationFlusher(store, thread);
  }

  @Override
  public void close() throws InterruptedException {
    thread.shutdown();
    thread.awaitTermination(10, TimeUnit.SECONDS);
    for (int attempt = 0; attempt < FINAL_ATTEMPTS && store.pendingCount() > 0; attempt++) {
      if (store.flush() == 0) {
        Thread.sleep(100);
      }
    }
    if (store.pendingCount() > 0) {
      log.warn("{} conversation states could not be written at shutdown", store.pendingCount());
    }
  }
}
