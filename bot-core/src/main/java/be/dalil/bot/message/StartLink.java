package be.dalil.bot.message;

import be.dalil.i18n.Language;
import be.dalil.knowledge.Topic;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The context a counsellor link opens: a language, optionally a municipality and a topic. Its
 * code fits a Telegram start parameter (at most 64 characters of {@code A-Za-z0-9_-}) and carries
 * no personal data: {@code <lang>-<topic id or 0>-<municipality id or 0>}, for example
 * {@code ar-learn_dutch-schaerbeek} or {@code fr-0-gent}.
 */
public record StartLink(Language language, Optional<String> municipalityId, Optional<Topic> topic) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final String NONE = "0";

  public String code() {
    return language.code() + '-' + topic.map(Topic::id).orElse(NONE) + '-'
        + municipalityId.orElse(NONE);
  }

  /** Parses a code; empty when it is not one (a start link never fails a conversation). */
  public static Optional<StartLink> parse(String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    String[] parts = code.split("-", 3);
    if (parts.length < 1) {
      return Optional.empty();
    }
    Optional<Language> language = Language.fromStrictCode(parts[0]);
    if (language.isEmpty()) {
      return Optional.empty();
    }
    Optional<Topic> topic = Optional.empty();
    if (parts.length > 1 && !parts[1].equals(NONE) && !parts[1].isEmpty()) {
      topic = Topic.fromId(parts[1]);
      if (topic.isEmpty()) {
        return Optional.empty();
      }
    }
    Optional<String> place = parts.length > 2 && !parts[2].equals(NONE) && !parts[2].isEmpty()
        ? Optional.of(parts[2]) : Optional.empty();
    return Optional.of(new StartLink(language.get(), place, topic));
  }
}
