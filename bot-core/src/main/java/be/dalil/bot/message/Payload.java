package be.dalil.bot.message;

import be.dalil.i18n.Language;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.InvalidRequestException;
import be.dalil.knowledge.Topic;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a tapped quick reply or a start link carries. Its string form is the contract shared by
 * the web page, Telegram buttons and counsellor links: {@code topic:<id>}, {@code lang:<code>},
 * {@code place:<municipality id>}, {@code menu}, {@code languages}, {@code forget}, {@code start:<link code>}.
 */
public sealed interface Payload {

  /** The string a channel puts on a button. */
  String encode();

  record ShowTopic(Topic topic) implements Payload {
    public String encode() {
      return "topic:" + topic.id();
    }
  }

  record SwitchLanguage(Language language) implements Payload {
    public String encode() {
      return "lang:" + language.code();
    }
  }

  record ChoosePlace(String municipalityId) implements Payload {
    public String encode() {
      return "place:" + municipalityId;
    }
  }

  record Menu() implements Payload {
    public String encode() {
      return "menu";
    }
  }

  /** Asks which language the user wants (Telegram's /language). */
  record Languages() implements Payload {
    public String encode() {
      return "languages";
    }
  }

  record Forget() implements Payload {
    public String encode() {
      return "forget";
    }
  }

  /** A counsellor link: start in a language, optionally at a place and on a topic. */
  record Start(StartLink link) implements Payload {
    public String encode() {
      return "start:" + link.code();
    }
  }

  Pattern ID = Pattern.compile("[a-z0-9_-]{1,64}");

  static Payload parse(String text) {
    String value = text == null ? "" : text.strip();
    int colon = value.indexOf(':');
    String kind = colon < 0 ? value : value.substring(0, colon);
    String arg = colon < 0 ? "" : value.substring(colon + 1);
    Optional<Payload> parsed = switch (kind) {
      case "topic" -> Topic.fromId(arg).map(ShowTopic::new);
      case "lang" -> Language.fromCode(arg).map(SwitchLanguage::new);
      case "place" -> ID.matcher(arg).matches() ? Optional.of(new ChoosePlace(arg))
          : Optional.empty();
      case "menu" -> arg.isEmpty() ? Optional.of(new Menu()) : Optional.empty();
      case "forget" -> arg.isEmpty() ? Optional.of(new Forget()) : Optional.empty();
      case "languages" -> arg.isEmpty() ? Optional.of(new Languages()) : Optional.empty();
      case "start" -> StartLink.parse(arg).map(Start::new);
      default -> Optional.empty();
    };
    return parsed.orElseThrow(() -> new InvalidRequestException(ErrorCode.INVALID_PAYLOAD,
        "payload must be one of topic:<id>, lang:<ar|en|fr|nl>, place:<id>, menu, languages, forget,"
            + " start:<code>."));
  }
}
