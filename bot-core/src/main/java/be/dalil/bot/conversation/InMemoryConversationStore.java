package be.dalil.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A store without durability, for tests and tools; honours the time to live like the others. */
public final class InMemoryConversationStore implements ConversationStore {

  private final Map<ConversationId, ConversationState> states = new ConcurrentHashMap<>();
  private final Duration timeToLive;
  private final Clock clock;

  public InMemoryConversationStore(Duration timeToLive, Clock clock) {
    this.timeToLive = timeToLive;
    this.clock = clock;
  }

  @Override
  public Optional<ConversationState> load(ConversationId id) {
    ConversationState state = states.get(id);
    if (state == null) {
      return Optional.empty();
    }
    if (state.updatedAt().plus(timeToLive).isBefore(clock.instant())) {
      states.remove(id);
      return Optional.empty();
    }
    return Optional.of(state);
  }

  @Override
  public void save(ConversationState state) {
    states.put(state.id(), state);
  }

  @Override
  public void delete(ConversationId id) {
    states.remove(id);
  }
}
