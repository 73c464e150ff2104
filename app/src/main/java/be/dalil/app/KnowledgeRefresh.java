package be.dalil.app;

import be.dalil.knowledge.KnowledgeBase;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the database's actor version every few seconds and rebuilds the in-memory snapshot when
 * another instance changed the actors (this instance rebuilds at once after its own writes).
 */
final class KnowledgeRefresh implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KnowledgeRefresh.class);

  private final ScheduledExecutorService thread;

  private KnowledgeRefresh(ScheduledExecutorService thread) {
    this.thread = thread;
  }

  static KnowledgeRefresh start(KnowledgeBase knowledge, Duration interval) {
    ScheduledExecutorService thread = Background.every("knowledge-refresh", interval, () -> {
      try {
        if (knowledge.actors().refreshIfChanged()) {
          log.info("Actors changed in the database; {} actors now in memory",
              knowledge.actors().count());
        }
      } catch (RuntimeException e) {
        log.warn("Could not check the actors' version: {}", e.getClass().getSimpleName());
      }
    });
    return new KnowledgeRefresh(thread);
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
