package be.dalil.bot.conversation;

import java.util.Optional;

/**
 * Where conversation state lives between messages. Implementations outside the core (MongoDB in
 * the application) must give every stored state a time to live and delete everything on
 * {@link #delete}.
 */
public interface ConversationStore {

  Optional<ConversationState> load(ConversationId id);

  void save(ConversationState state);

  /** Removes everything stored about the conversation. */
  void delete(ConversationId id);
}
