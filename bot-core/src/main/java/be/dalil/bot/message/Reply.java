package be.dalil.bot.message;

import be.dalil.bot.conversation.ConversationId;
import be.dalil.i18n.Language;
import be.dalil.knowledge.ActorMatch;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.Topic;
import java.util.List;
import java.util.Optional;

/**
 * The engine's answer to one message.
 *
 * @param language the language the reply is written in
 * @param intent what the message itself was understood as (a message that only gives a place is
 *     {@code provide_location}, even when the reply then answers a remembered topic)
 * @param topic the topic the reply answers, if it answers one
 * @param confidence the classifier's probability for that intent, 0..1 (1 for payloads)
 * @param place the conversation's place after this message, if known
 * @param parts what to show, in order
 * @param actors the recommended actors, best first (also inside an {@link ReplyPart.Actors} part)
 * @param resolution whether the reply answers, asks which topic was meant, or says the question is
 *     outside what Dalil knows
 */
public record Reply(
    ConversationId conversationId,
    Language language,
    Topic intent,
    Optional<Topic> topic,
    double confidence,
    Optional<Place> place,
    List<ReplyPart> parts,
    List<ActorMatch> actors,
    Resolution resolution) {

  public Reply {
    parts = List.copyOf(parts);
    actors = List.copyOf(actors);
  }

  /** A reply that answers (or greets, or thanks). */
  public Reply(ConversationId conversationId, Language language, Topic intent,
      Optional<Topic> topic, double confidence, Optional<Place> place, List<ReplyPart> parts,
      List<ActorMatch> actors) {
    this(conversationId, language, intent, topic, confidence, place, parts, actors,
        Resolution.ANSWERED);
  }

  /** How a reply dealt with the message: what operators count. */
  public enum Resolution {
    /** Answered the message (a topic, small talk, a place, an emergency). */
    ANSWERED,
    /** Not sure what was meant: asked, offering the closest topics. */
    CLARIFYING,
    /** Understood as outside what Dalil knows about. */
    OUT_OF_SCOPE
  }
}
