package be.dalil.bot.conversation;

import be.dalil.i18n.Language;
import be.dalil.knowledge.GeoPoint;
import be.dalil.knowledge.Topic;
import java.time.Instant;
import java.util.Optional;

/**
 * The minimum kept between messages: no message text, no name. A shared location is kept rounded
 * to about a kilometre, enough for "nearby" and no more.
 *
 * @param languageChosen the user asked for this language explicitly, so detection should not
 *     switch away from it on a short or ambiguous message
 * @param pending what the last reply asked for
 */
public record ConversationState(
    ConversationId id,
    Language language,
    boolean languageChosen,
    Optional<SavedPlace> place,
    Optional<Topic> topic,
    Optional<Pending> pending,
    Instant updatedAt) {

  /** What the assistant is waiting for. */
  public enum Pending {
    /** The user asked a practical question; the place to answer it for. */
    PLACE
  }

  /** A place as stored: a municipality id, a postcode and a rounded point. */
  public record SavedPlace(String municipalityId, String postcode, GeoPoint point, boolean exact) {

    /** Rounds a shared location to two decimals (about 1 km) before it is stored. */
    public static SavedPlace of(String municipalityId, String postcode, GeoPoint point,
        boolean exact) {
      GeoPoint kept = exact ? new GeoPoint(Math.round(point.lat() * 100) / 100.0,
          Math.round(point.lon() * 100) / 100.0) : point;
      return new SavedPlace(municipalityId, postcode, kept, exact);
    }
  }

  public static ConversationState start(ConversationId id, Language language, Instant now) {
    return new ConversationState(id, language, false, Optional.empty(), Optional.empty(),
        Optional.empty(), now);
  }

  public ConversationState withLanguage(Language value, boolean chosen) {
    return new ConversationState(id, value, chosen, place, topic, pending, updatedAt);
  }

  public ConversationState withPlace(SavedPlace value) {
    return new ConversationState(id, language, languageChosen, Optional.of(value), topic, pending,
        updatedAt);
  }

  public ConversationState withTopic(Topic value) {
    return new ConversationState(id, language, languageChosen, place, Optional.of(value), pending,
        updatedAt);
  }

  public ConversationState withPending(Optional<Pending> value) {
    return new ConversationState(id, language, languageChosen, place, topic, value, updatedAt);
  }

  public ConversationState touchedAt(Instant now) {
    return new ConversationState(id, language, languageChosen, place, topic, pending, now);
  }
}
