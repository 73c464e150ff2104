package be.dalil.knowledge.unanswered;

import be.dalil.i18n.Language;
import be.dalil.i18n.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A message Dalil could not answer, reduced to what editors need: the text with e-mail addresses,
 * links and long numbers masked, its language, the closest topic, the municipality. No
 * conversation, no time finer than the day, no user.
 *
 * @param text the masked text, whitespace collapsed, at most {@link #MAX_TEXT} characters
 * @param topic the topic id the classifier thought closest, if any
 * @param municipality the conversation's municipality, if known
 */
public record UnansweredQuestion(String text, Language language, Optional<String> topic,
    Optional<String> municipality) {

  /** Characters kept of a message: enough to read the question, not a life story. */
  public static final int MAX_TEXT = 300;

  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
  private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
  // Phone, national register, IBAN-like and card numbers: six digits or more, however spaced.
  private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d(?:[\\s./-]?\\d){5,}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public UnansweredQuestion {
    Objects.requireNonNull(language, "language");
    text = mask(text);
    topic = topic.filter(t -> !t.isBlank());
    municipality = municipality.filter(m -> !m.isBlank());
  }

  /** The text as stored: personal numbers, addresses and links replaced by a marker. */
  static String mask(String text) {
    String masked = EMAIL.matcher(text).replaceAll("[e-mail]");
    masked = LINK.matcher(masked).replaceAll("[link]");
    masked = LONG_NUMBER.matcher(masked).replaceAll("[number]");
    masked = SPACES.matcher(masked).replaceAll(" ").strip();
    if (masked.codePointCount(0, masked.length()) > MAX_TEXT) {
      masked = masked.substring(0, masked.offsetByCodePoints(0, MAX_TEXT)).strip() + "…";
    }
    return masked;
  }

  /**
   * The group this question counts in: the same normalised text (case, accents and Arabic letter
   * variants aside), language, topic and municipality. A short digest, so that marks and counts
   * refer to a group without repeating its text.
   */
  public String groupId() {
    String key = TextNormalizer.normalize(text) + '\u0000' + language.code() + '\u0000'
        + topic.orElse("") + '\u0000' + municipality.orElse("");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
