package be.dalil.bot.conversation;

import be.dalil.knowledge.KnowledgeUnavailableException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversation state off the request path. Replies read from a Caffeine cache; saves go to the
 * cache and to a map of pending writes (one entry per conversation: later saves replace earlier
 * ones), which {@link #flush()} writes to the durable store in one bulk write. The owner calls
 * {@code flush} on a schedule (every 100 ms in the application) and at shutdown, so a crash loses
 * at most the soft state (language, place, topic) of the last interval.
 *
 * <p>Pending writes are bounded: when {@code maxPending} conversations wait for a flush (the
 * database is slow or down), a save waits for room and then fails as unavailable rather than
 * growing memory. Forgetting is synchronous and durable: it waits for a running flush, removes
 * the conversation from the store, and only then from the pending writes and the cache, so a
 * flush can never write a forgotten conversation back.
 */
public final class WriteBehindConversationStore implements ConversationStore {

  private static final Logger log = LoggerFactory.getLogger(WriteBehindConversationStore.class);

  /**
   * Limits of the store.
   *
   * @param timeToLive how long an idle conversation is kept in memory
   * @param maxCachedWeight the cache's bound, in about bytes (see {@code weight})
   * @param maxPending conversations waiting for a flush before saves wait
   * @param saveWait how long a save waits for room before it fails as unavailable
   */
  public record Limits(Duration timeToLive, long maxCachedWeight, int maxPending,
      Duration saveWait) {

    /**
     * How stale the stored time of an unchanged conversation may grow before it is written
     * again: an hour, or a tenth of a shorter time to live. Its record then expires at most that
     * much before the time to live after its last message.
     */
    Duration touchInterval() {
      Duration tenth = timeToLive.dividedBy(10);
      return tenth.compareTo(Duration.ofHours(1)) < 0 ? tenth : Duration.ofHours(1);
    }
  }

  private final ConversationStore durable;
  private final Cache<ConversationId, ConversationState> cache;
  private final Map<ConversationId, ConversationState> pending = new ConcurrentHashMap<>();
  private final int maxPending;
  private final long saveWaitNanos;
  private final Duration touchInterval;
  /** Held by a flush and by a forget, so that they never interleave. */
  private final ReentrantLock writing = new ReentrantLock();
  private final ReentrantLock roomLock = new ReentrantLock();
  private final Condition room = roomLock.newCondition();

  public WriteBehindConversationStore(ConversationStore durable, Limits limits, Clock clock) {
    this.durable = durable;
    this.maxPending = limits.maxPending();
    this.saveWaitNanos = limits.saveWait().toNanos();
    this.touchInterval = limits.touchInterval();
    Ticker ticker = () -> clock.millis() * 1_000_000L;
    this.cache = Caffeine.newBuilder()
        .expireAfterAccess(limits.timeToLive())
        .maximumWeight(limits.maxCachedWeight())
        .weigher((ConversationId id, ConversationState s) -> weight(s))
        .ticker(ticker)
        .build();
  }

  /**
   * About the bytes a cached state takes: the entry, the record and its id; a saved place adds
   * its own record, strings and point.
   */
  static int weight(ConversationState state) {
    return 160 + 2 * state.id().value().length() + (state.place().isPresent() ? 120 : 0);
  }

  @Override
  public Optional<ConversationState> load(ConversationId id) {
    ConversationState cached = cache.getIfPresent(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    ConversationState waiting = pending.get(id);
    if (waiting != null) {
      cache.put(id, waiting);
      return Optional.of(waiting);
    }
    // Read on the caller's thread: a slow read delays this conversation only.
    Optional<ConversationState> stored = durable.load(id);
    stored.ifPresent(state -> cache.asMap().putIfAbsent(id, state));
    return stored;
  }

  /**
   * Keeps the state; a state that differs from the kept one only by a time less than the touch
   * interval later is not written at all (most messages of a conversation change nothing kept,
   * and each write costs the database a read and a write of the record).
   */
  @Override
  public void save(ConversationState state) {
    ConversationState kept = cache.getIfPresent(state.id());
    if (kept != null && kept.touchedAt(state.updatedAt()).equals(state)
        && state.updatedAt().isBefore(kept.updatedAt().plus(touchInterval))) {
      return;
    }
    if (!pending.containsKey(state.id())) {
      awaitRoom();
    }
    pending.put(state.id(), state);
    cache.put(state.id(), state);
  }

  @Override
  public void delete(ConversationId id) {
    writing.lock();
    try {
      durable.delete(id);
      pending.remove(id);
      cache.invalidate(id);
    } finally {
      writing.unlock();
    }
    signalRoom();
  }

  /**
   * Writes every pending state in one bulk write; returns how many. On failure the states stay
   * pending and the next flush tries again.
   */
  public int flush() {
    writing.lock();
    try {
      if (pending.isEmpty()) {
        return 0;
      }
      List<ConversationState> batch = new ArrayList<>(pending.values());
      durable.saveAll(batch);
      // A state saved again during the write stays pending for the next flush.
      batch.forEach(s -> pending.remove(s.id(), s));
      return batch.size();
    } catch (RuntimeException e) {
      log.warn("Conversation states kept pending; the durable store failed: {}",
          e.getClass().getSimpleName());
      return 0;
    } finally {
      writing.unlock();
      signalRoom();
    }
  }

  /** Conversations whose latest state has not reached the durable store yet. */
  public int pendingCount() {
    return pending.size();
  }

  private void awaitRoom() {
    if (pending.size() < maxPending) {
      return;
    }
    roomLock.lock();
    try {
      long left = saveWaitNanos;
      while (pending.size() >= maxPending) {
        if (left <= 0) {
          throw new KnowledgeUnavailableException(
              new TimeoutException(maxPending + " conversations wait for the database"));
        }
        left = room.awaitNanos(left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KnowledgeUnavailableException(e);
    } finally {
      roomLock.unlock();
    }
  }

  private void signalRoom() {
    roomLock.lock();
    try {
      room.signalAll();
    } finally {
      roomLock.unlock();
    }
  }
}
