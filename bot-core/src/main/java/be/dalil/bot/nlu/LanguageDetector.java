package be.dalil.bot.nlu;

import be.dalil.i18n.Language;
import be.dalil.i18n.TextNormalizer;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides the language of a message in three steps: the script (Arabic letters mean Arabic), then
 * a maximum-entropy model over words and character n-grams (OpenNLP, trained on our corpus, where
 * Arabizi is Arabic), then the conversation's current language as a prior, so that "ok", "merci",
 * a place name, an address, a link or markup alone never flips the conversation.
 */
final class LanguageDetector {

  /** Messages with fewer words than this keep the conversation's language. */
  static final int MIN_WORDS_TO_SWITCH = 3;
  /** Weight of the current language against the model's guess. */
  static final double PRIOR = 2.0;
  /** What carries no language: markup, links, e-mail addresses. */
  private static final Pattern NO_LANGUAGE = Pattern.compile(
      "<[^>]{0,200}>|https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\S+");

  /** Letters with accents that French writes and Arabizi does not. */
  private static final Pattern FRENCH_ACCENT = Pattern.compile("[àâçèéêîïôùûœÀÂÇÈÉÊÎÏÔÙÛŒ]");

  private final WeightedModel model;
  private final Language[] outcomes;

  LanguageDetector(WeightedModel model) {
    this.model = model;
    this.outcomes = new Language[model.outcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      String code = model.outcome(i);
      outcomes[i] = Language.fromCode(code)
          .orElseThrow(() -> new IllegalStateException("model has unknown language " + code));
    }
  }

  /**
   * @param tokens the message's normalised tokens with any place name removed
   * @param current the conversation's language, if it has one
   */
  Language decide(String text, List<String> tokens, Optional<Language> current) {
    boolean marked = text.indexOf('<') >= 0 || text.indexOf('@') >= 0
        || text.contains("://") || text.contains("www.");
    String plain = marked ? NO_LANGUAGE.matcher(text).replaceAll(" ") : text;
    int script = TextNormalizer.dominantScript(plain);
    if (script == UScript.ARABIC) {
      return Language.AR;
    }
    List<String> words = words(marked ? TextNormalizer.tokens(plain) : tokens, tokens);
    if (current.isPresent() && words.size() < MIN_WORDS_TO_SWITCH) {
      return current.get();
    }
    if (words.isEmpty()) {
      return current.orElse(Language.EN);
    }
    double[] p = model.eval(hashes(words));
    Map<Language, Double> scores = new EnumMap<>(Language.class);
    for (int i = 0; i < p.length; i++) {
      scores.put(outcomes[i], p[i]);
    }
    current.ifPresent(c -> scores.computeIfPresent(c, (l, v) -> v * PRIOR));
    Language best = Language.EN;
    double bestScore = -1;
    for (Map.Entry<Language, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        bestScore = e.getValue();
        best = e.getKey();
      }
    }
    // Normalised tokens have lost their accents, and French loanwords are common in Arabizi
    // ("bghit creche", "creche f molenbeek"): one word alone with French accents ("crèche") is
    // French.
    if (best == Language.AR && words.size() == 1 && FRENCH_ACCENT.matcher(plain).find()) {
      return Language.FR;
    }
    return best;
  }

  /** The tokens that are words: letters, not numbers alone, and not inside markup or links. */
  private static List<String> words(List<String> plainTokens, List<String> tokens) {
    List<String> kept = new ArrayList<>();
    for (String token : tokens) {
      if ((plainTokens == tokens || plainTokens.contains(token))
          && token.chars().anyMatch(Character::isLetter)) {
        kept.add(token);
      }
    }
    return kept;
  }

  /** Words, word pairs and the character 1-5-grams of each word (with its boundaries). */
  static String[] features(List<String> words) {
    FeatureText text = new FeatureText();
    extract(words, text);
    return text.toArray();
  }

  /** The same features as {@link #features}, hashed without building their strings. */
  static FeatureHashes hashes(List<String> words) {
    // A word of six letters makes 2 word features and 35 character n-grams.
    FeatureHashes hashes = new FeatureHashes(40 * words.size() + 2);
    extract(words, hashes);
    return hashes;
  }

  private static void extract(List<String> words, FeatureSink sink) {
    String previous = "^";
    for (String word : words) {
      sink.begin("w=").add(word).end();
      sink.begin("b=").add(previous).add('_').add(word).end();
      previous = word;
      IntentFeatures.addGrams(sink, word, 1, 5);
    }
  }
}
