package be.dalil.bot.message;

import be.dalil.bot.conversation.ConversationId;
import be.dalil.i18n.Language;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.GeoPoint;
import be.dalil.knowledge.InvalidRequestException;
import java.util.Optional;

/**
 * One message into the engine, whatever the channel: text, a shared location, a tapped payload, or
 * a combination.
 *
 * @param languageHint a language the user chose explicitly (web picker): it wins
 * @param clientLanguage the language of the user's app or browser: a first guess only
 */
public record Incoming(
    ConversationId conversationId,
    String text,
    Optional<Language> languageHint,
    Optional<Language> clientLanguage,
    Optional<GeoPoint> location,
    Optional<Payload> payload) {

  public static final int MAX_TEXT = 2000;

  public Incoming {
    text = text == null ? "" : text;
    // Characters as people count them (code points): an emoji or a rare Arabic letter is two
    // UTF-16 units but one character.
    if (text.length() > MAX_TEXT && text.codePointCount(0, text.length()) > MAX_TEXT) {
      throw new InvalidRequestException(ErrorCode.TEXT_TOO_LONG,
          "text must be at most " + MAX_TEXT + " characters.");
    }
    if (text.isBlank() && location.isEmpty() && payload.isEmpty()) {
      throw new InvalidRequestException(ErrorCode.MISSING_TEXT,
          "text is required unless a location or a payload is given.");
    }
  }

  public static Incoming text(ConversationId id, String text) {
    return new Incoming(id, text, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** A tapped button or an opened link, without text. */
  public static Incoming payload(ConversationId id, Payload payload) {
    return new Incoming(id, "", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(payload));
  }

  public Incoming withLanguageHint(Language language) {
    return new Incoming(conversationId, text, Optional.of(language), clientLanguage, location,
        payload);
  }

  public Incoming withClientLanguage(Language language) {
    return new Incoming(conversationId, text, languageHint, Optional.of(language), location,
        payload);
  }

  public Incoming withLocation(GeoPoint point) {
    return new Incoming(conversationId, text, languageHint, clientLanguage, Optional.of(point),
        payload);
  }

  public Incoming withPayload(Payload value) {
    return new Incoming(conversationId, text, languageHint, clientLanguage, location,
        Optional.of(value));
  }
}
