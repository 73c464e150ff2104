package be.dalil.bot.nlu;

import be.dalil.i18n.Language;
import be.dalil.i18n.TextNormalizer;
import com.ibm.icu.lang.UScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Decides the language of a message in three steps: the script (Arabic letters mean Arabic), then
 * the OpenNLP language detector (trained on our corpus, where Arabizi is Arabic), then the
 * conversation's current language as a prior, so that "ok", "merci" or a place name alone never
 * flips the conversation.
 */
final class LanguageDetector {

  /** Messages with fewer words than this keep the conversation's language. */
  static final int MIN_WORDS_TO_SWITCH = 3;
  /** Weight of the current language against the model's guess. */
  static final double PRIOR = 2.0;

  private final LanguageDetectorME detector;

  LanguageDetector(LanguageDetectorModel model) {
    this.detector = new LanguageDetectorME(model);
  }

  /**
   * @param tokens the message's normalised tokens with any place name removed
   * @param current the conversation's language, if it has one
   */
  Language decide(String text, List<String> tokens, Optional<Language> current) {
    int script = TextNormalizer.dominantScript(text);
    if (script == UScript.ARABIC) {
      return Language.AR;
    }
    long words = tokens.stream().filter(t -> t.chars().anyMatch(Character::isLetter)).count();
    if (current.isPresent() && words < MIN_WORDS_TO_SWITCH) {
      return current.get();
    }
    if (words == 0) {
      return current.orElse(Language.EN);
    }
    Map<Language, Double> scores = scores(String.join(" ", tokens));
    if (current.isPresent()) {
      scores.computeIfPresent(current.get(), (l, p) -> p * PRIOR);
    }
    Language best = Language.EN;
    double bestScore = -1;
    for (Map.Entry<Language, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        bestScore = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }

  private Map<Language, Double> scores(String text) {
    Map<Language, Double> scores = new EnumMap<>(Language.class);
    for (opennlp.tools.langdetect.Language guess : detector.predictLanguages(text)) {
      Language.fromCode(guess.getLang()).ifPresent(l -> scores.put(l, guess.getConfidence()));
    }
    for (Language language : Language.values()) {
      scores.putIfAbsent(language, 0.0);
    }
    return scores;
  }
}
