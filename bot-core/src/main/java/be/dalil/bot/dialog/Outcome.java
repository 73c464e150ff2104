package be.dalil.bot.dialog;

import be.dalil.bot.conversation.ConversationState;
import be.dalil.bot.message.ReplyPart;
import be.dalil.i18n.Language;
import be.dalil.knowledge.ActorMatch;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a handler returns: the reply (its language, the message's intent, the topic it answers,
 * the place and the parts) and what becomes of the conversation.
 */
record Outcome(Language language, Topic intent, Optional<Topic> answered, Optional<Place> place,
    List<ReplyPart> parts, Change change) {

  Outcome {
    parts = List.copyOf(parts);
  }

  /** What becomes of the stored conversation after this turn. */
  sealed interface Change {
    /** Keep this state. */
    record Save(ConversationState state) implements Change {}

    /** Remove everything stored about the conversation. */
    record Forget() implements Change {}
  }

  Outcome withParts(List<ReplyPart> value) {
    return new Outcome(language, intent, answered, place, value, change);
  }

  Outcome withChange(Change value) {
    return new Outcome(language, intent, answered, place, parts, value);
  }

  /** The recommended actors of every actors part, in order. */
  List<ActorMatch> actors() {
    List<ActorMatch> actors = new ArrayList<>();
    for (ReplyPart part : parts) {
      if (part instanceof ReplyPart.Actors a) {
        actors.addAll(a.actors());
      }
    }
    return actors;
  }
}
