package be.dalil.bot.conversation;

import java.util.Collection;
import java.util.Optional;

/**
 * Where conversation state lives between messages. Implementations outside the core (MongoDB in
 * the application) must give every stored state a time to live and delete everything on
 * {@link #delete}.
 */
public interface ConversationStore {

  Optional<ConversationState> load(ConversationId id);

  void save(ConversationState state);

  /** Saves many states at once; a durable store writes them in one bulk operation. */
  default void saveAll(Collection<ConversationState> states) {
    states.forEach(this::save);
  }

  /**
   * Removes everything stored about the conversation; when it returns, the removal is durable
   * (it survives a crash of the process).
   */
  void delete(ConversationId id);
}
