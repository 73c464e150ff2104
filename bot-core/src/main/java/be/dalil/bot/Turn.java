package be.dalil.bot;

import be.dalil.i18n.Language;
import be.dalil.knowledge.ActorMatch;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One message being handled: what came in, what it means, the conversation state (replaced as
 * handlers change it) and the reply being built.
 */
final class Turn {

  final Incoming incoming;
  Understanding understanding;
  ConversationState state;
  /** The place of the conversation after this message, resolved. */
  Optional<Place> place = Optional.empty();
  /** Set by a start link: the first screen answers this topic. */
  Optional<Topic> startTopic = Optional.empty();
  boolean fromPayload;
  /** A short message that only changes the place of the remembered topic ("and in Ghent?"). */
  boolean placeFollowUp;
  /** The user asked for another language in this message. */
  boolean languageSwitched;

  private final List<ReplyPart> parts = new ArrayList<>();
  private final List<ActorMatch> actors = new ArrayList<>();
  private Topic intent;

  Turn(Incoming incoming, Understanding understanding, ConversationState state) {
    this.incoming = incoming;
    this.understanding = understanding;
    this.state = state;
    this.intent = understanding.intent();
  }

  Language language() {
    return state.language();
  }

  Topic intent() {
    return intent;
  }

  void intent(Topic value) {
    intent = value;
  }

  void add(ReplyPart part) {
    parts.add(part);
    if (part instanceof ReplyPart.Actors a) {
      actors.addAll(a.actors());
    }
  }

  List<ReplyPart> parts() {
    return parts;
  }

  List<ActorMatch> actors() {
    return actors;
  }
}
