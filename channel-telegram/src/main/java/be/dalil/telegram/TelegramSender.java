package be.dalil.telegram;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends bot messages within Telegram's limits without blocking anyone: one queue per chat (about
 * one message a second, in order), a global pace (30 a second), a wait of {@code retry_after}
 * seconds on 429, and growing pauses on network errors. A chat that waits never holds up another.
 * Time comes from the {@link Clock} and work runs on the {@link SendScheduler}, so tests can drive
 * both.
 */
final class TelegramSender implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
  static final int MAX_ATTEMPTS = 8;
  private static final long MAX_BACKOFF_MILLIS = 60_000;

  private final TelegramClient client;
  private final long perChatIntervalMillis;
  private final long globalIntervalNanos;
  private final Clock clock;
  private final SendScheduler scheduler;
  private final Map<Long, ChatQueue> chats = new ConcurrentHashMap<>();
  private final AtomicLong nextGlobalSlot = new AtomicLong();
  /** For operators: messages waiting, sends retried, messages given up. */
  private final AtomicLong queued = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();

  TelegramSender(TelegramClient client, int perChatPerSecond, int globalPerSecond, Clock clock,
      SendScheduler scheduler) {
    this.client = client;
    this.perChatIntervalMillis = 1000L / perChatPerSecond;
    this.globalIntervalNanos = 1_000_000_000L / globalPerSecond;
    this.clock = clock;
    this.scheduler = scheduler;
  }

  /** Queues methods for one chat; they are sent in this order. */
  void send(long chatId, List<? extends BotApiMethod<? extends Serializable>> methods) {
    ChatQueue queue = chats.computeIfAbsent(chatId, id -> new ChatQueue());
    synchronized (queue) {
      for (BotApiMethod<? extends Serializable> method : methods) {
        queue.jobs.addLast(new Job(method));
        queued.incrementAndGet();
      }
      if (!queue.scheduled) {
        queue.scheduled = true;
        scheduler.execute(() -> drain(chatId, queue));
      }
    }
  }

  /** Sends what one chat has queued, one message at a time, rescheduling itself as needed. */
  private void drain(long chatId, ChatQueue queue) {
    Job job;
    synchronized (queue) {
      job = queue.jobs.peekFirst();
      if (job == null) {
        queue.scheduled = false;
        chats.remove(chatId, queue);
        return;
      }
    }
    long now = clock.millis();
    long wait = Math.max(queue.nextAllowedMillis - now, globalWaitMillis());
    if (wait > 0) {
      scheduler.schedule(() -> drain(chatId, queue), wait);
      return;
    }
    long delay = perChatIntervalMillis;
    try {
      client.execute(job.method);
      synchronized (queue) {
        queue.jobs.pollFirst();
        queued.decrementAndGet();
      }
    } catch (TelegramApiRequestException e) {
      Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
      if (e.getErrorCode() != null && e.getErrorCode() == 429) {
        delay = 1000L * (retryAfter == null ? 1 : retryAfter);
        retries.incrementAndGet();
        log.warn("Telegram asked to slow down: retrying in {} ms", delay);
      } else if (e.getErrorCode() != null && e.getErrorCode() >= 400 && e.getErrorCode() < 500) {
        // Refused for good (blocked bot, bad request): retrying cannot help.
        log.warn("Telegram refused a message ({}); dropped", e.getErrorCode());
        dropped.incrementAndGet();
        synchronized (queue) {
          queue.jobs.pollFirst();
          queued.decrementAndGet();
        }
      } else {
        delay = retryLater(queue, job);
      }
    } catch (TelegramApiException | RuntimeException e) {
      // Network errors, 5xx answers, unreadable responses: retry later, never stall the queue.
      delay = retryLater(queue, job);
    }
    queue.nextAllowedMillis = clock.millis() + delay;
    scheduler.schedule(() -> drain(chatId, queue), delay);
  }

  /** A network or server error: wait longer each time, give up after MAX_ATTEMPTS. */
  private long retryLater(ChatQueue queue, Job job) {
    job.attempts++;
    if (job.attempts >= MAX_ATTEMPTS) {
      log.warn("Telegram unreachable after {} attempts; a message was dropped", job.attempts);
      dropped.incrementAndGet();
      synchronized (queue) {
        queue.jobs.pollFirst();
        queued.decrementAndGet();
      }
      return perChatIntervalMillis;
    }
    retries.incrementAndGet();
    long backoff = Math.min(MAX_BACKOFF_MILLIS, 500L << job.attempts);
    log.warn("Telegram send failed (attempt {}); retrying in {} ms", job.attempts, backoff);
    return backoff;
  }

  /** Reserves the next global slot; returns how long to wait for it (0 when free now). */
  private long globalWaitMillis() {
    while (true) {
      // Read the slot before the time: a slot is then at most one interval ahead. Further ahead
      // means the wall clock went back; waiting for that slot would stall every chat, so take it.
      long slot = nextGlobalSlot.get();
      long now = nowNanos();
      if (slot > now && slot - now <= globalIntervalNanos) {
        return Math.max(1, (slot - now) / 1_000_000);
      }
      if (nextGlobalSlot.compareAndSet(slot, now + globalIntervalNanos)) {
        return 0;
      }
    }
  }

  /** The clock's time in nanoseconds since the epoch (fits a long until 2262). */
  private long nowNanos() {
    Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  /** Sends a method now, outside the chat queues (answers to button taps); errors are logged. */
  void sendNow(BotApiMethod<? extends Serializable> method) {
    scheduler.execute(() -> {
      try {
        client.execute(method);
      } catch (TelegramApiException | RuntimeException e) {
        log.warn("Telegram call failed: {}", e.getClass().getSimpleName());
      }
    });
  }

  /** Messages queued and not yet sent or given up. */
  long queued() {
    return queued.get();
  }

  /** Sends tried again after a 429, a network or a server error. */
  long retries() {
    return retries.get();
  }

  /** Messages given up (refused by Telegram, or unreachable too long). */
  long dropped() {
    return dropped.get();
  }

  @Override
  public void close() {
    scheduler.close();
  }

  private static final class ChatQueue {
    final Deque<Job> jobs = new ArrayDeque<>();
    boolean scheduled;
    volatile long nextAllowedMillis;
  }

  private static final class Job {
    final BotApiMethod<? extends Serializable> method;
    int attempts;

    Job(BotApiMethod<? extends Serializable> method) {
      this.method = method;
    }
  }
}
