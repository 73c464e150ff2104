package be.dalil.bot.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Caffeine cache in front of a durable store. Reads are served from memory; every save goes to
 * memory first and then through to the durable store. When the durable store fails, the state
 * stays in memory and is written again with the next save, so a database outage loses no
 * conversation.
 */
public final class CachedConversationStore implements ConversationStore {

  private static final Logger log = LoggerFactory.getLogger(CachedConversationStore.class);

  private final ConversationStore durable;
  private final Cache<ConversationId, ConversationState> cache;
  private final Set<ConversationId> unsaved = ConcurrentHashMap.newKeySet();

  public CachedConversationStore(ConversationStore durable, Duration timeToLive, long maxSize,
      Clock clock) {
    this.durable = durable;
    Ticker ticker = () -> clock.millis() * 1_000_000L;
    this.cache = Caffeine.newBuilder()
        .expireAfterAccess(timeToLive)
        .maximumSize(maxSize)
        .ticker(ticker)
        .build();
  }

  @Override
  public Optional<ConversationState> load(ConversationId id) {
    ConversationState cached = cache.getIfPresent(id);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<ConversationState> stored = durable.load(id);
    stored.ifPresent(state -> cache.put(id, state));
    return stored;
  }

  @Override
  public void save(ConversationState state) {
    cache.put(state.id(), state);
    try {
      durable.save(state);
      unsaved.remove(state.id());
    } catch (RuntimeException e) {
      unsaved.add(state.id());
      log.warn("Conversation state kept in memory only; the durable store failed: {}",
          e.getClass().getSimpleName());
    }
  }

  @Override
  public void delete(ConversationId id) {
    cache.invalidate(id);
    unsaved.remove(id);
    durable.delete(id);
  }

  /** Conversations whose last save reached memory but not the durable store. */
  public int unsavedCount() {
    return unsaved.size();
  }
}
