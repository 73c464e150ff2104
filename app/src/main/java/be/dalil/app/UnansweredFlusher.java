package be.dalil.app;

import be.dalil.knowledge.unanswered.UnansweredQuestions;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the counted unanswered questions on a thread of its own (replies only count in memory),
 * and what is left at shutdown.
 */
final class UnansweredFlusher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(UnansweredFlusher.class);

  private final UnansweredQuestions questions;
  private final ScheduledExecutorService thread;

  private UnansweredFlusher(UnansweredQuestions questions, ScheduledExecutorService thread) {
    this.questions = questions;
    this.thread = thread;
  }

  static UnansweredFlusher start(UnansweredQuestions questions, Duration interval) {
    ScheduledExecutorService thread = Background.every("unanswered-flush", interval,
        () -> flush(questions));
    return new UnansweredFlusher(questions, thread);
  }

  // A failure is logged by its type only, and the task runs again: an exception would end it.
  private static void flush(UnansweredQuestions questions) {
    try {
      questions.flush();
    } catch (RuntimeException e) {
      log.warn("Unanswered questions not written yet: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public void close() throws InterruptedException {
    thread.shutdown();
    thread.awaitTermination(10, TimeUnit.SECONDS);
    flush(questions);
  }
}
