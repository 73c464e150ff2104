package be.dalil.bot.dialog;

import be.dalil.bot.conversation.ConversationState;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.nlu.Understanding;
import be.dalil.i18n.Language;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.Topic;
import java.util.Optional;

/**
 * One message being handled, immutable: what came in, what was stored before it, what it means,
 * and what the request interceptors decided (the conversation state, the place, the intent and
 * the route). Interceptors return a new turn; handlers only read it.
 *
 * @param stored the conversation state as loaded, before this message
 * @param state the conversation state as the interceptors left it
 * @param place the conversation's place after this message, resolved
 * @param intent the topic to answer
 */
record Turn(
    Incoming incoming,
    Optional<ConversationState> stored,
    Understanding understanding,
    ConversationState state,
    Optional<Place> place,
    Topic intent,
    Route route) {

  static Turn of(Incoming incoming, Optional<ConversationState> stored,
      Understanding understanding, ConversationState state) {
    return new Turn(incoming, stored, understanding, state, Optional.empty(),
        understanding.intent(), new Route.Direct());
  }

  /** The language of the reply. */
  Language language() {
    return state.language();
  }

  boolean fromPayload() {
    return incoming.payload().isPresent();
  }

  Turn withState(ConversationState value) {
    return new Turn(incoming, stored, understanding, value, place, intent, route);
  }

  Turn withPlace(Optional<Place> value) {
    return new Turn(incoming, stored, understanding, state, value, intent, route);
  }

  Turn routed(Topic value, Route how) {
    return new Turn(incoming, stored, understanding, state, place, value, how);
  }
}
