package be.dalil.bot;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a tokenised message into the features the intent model sees. The same code runs when the
 * model is trained and when it is used. Choices (measured with {@code NluEvaluation}):
 * <ul>
 *   <li>words and word pairs: the strongest signal;</li>
 *   <li>character 3- and 4-grams inside words: survive typos, missing accents, Arabizi spellings
 *       and inflection ("inschrijven", "inschrijving", "inschrijfen");</li>
 *   <li>Arabic words without their glued prefixes (al-, wa-, bi-, li-): "والسكن", "بالسكن" and
 *       "السكن" share a feature;</li>
 *   <li>a place name becomes one placeholder, so that "Schaerbeek" and "Hasselt" teach the same
 *       thing and "just a place" is learnt as a pattern.</li>
 * </ul>
 */
final class IntentFeatures {

  static final String PLACE = "__place__";
  private static final String[] ARABIC_PREFIXES = {"وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ف", "ل"};

  private IntentFeatures() {}

  /** Features of tokens where [placeStart, placeEnd) named a place (or -1, -1 for none). */
  static String[] of(List<String> tokens, int placeStart, int placeEnd) {
    List<String> words = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      if (i == placeStart) {
        words.add(PLACE);
      } else if (i < placeStart || i >= placeEnd) {
        words.add(tokens.get(i));
      }
    }
    List<String> features = new ArrayList<>(words.size() * 12 + 4);
    String previous = "^";
    for (String word : words) {
      features.add("w=" + word);
      features.add("b=" + previous + '_' + word);
      previous = word;
      if (word.equals(PLACE)) {
        continue;
      }
      String stem = arabicStem(word);
      if (!stem.equals(word)) {
        features.add("s=" + stem);
      }
      addCharGrams(features, stem);
    }
    features.add("b=" + previous + "_$");
    features.add("n=" + Math.min(words.size(), 6));
    return features.toArray(String[]::new);
  }

  private static void addCharGrams(List<String> features, String word) {
    if (word.length() < 3) {
      return;
    }
    String padded = '<' + word + '>';
    for (int n = 3; n <= 4; n++) {
      for (int i = 0; i + n <= padded.length(); i++) {
        features.add("c=" + padded.substring(i, i + n));
      }
    }
  }

  /** An Arabic word without a glued article or conjunction; other words unchanged. */
  static String arabicStem(String word) {
    if (word.isEmpty() || word.charAt(0) < 0x0600 || word.charAt(0) > 0x06FF) {
      return word;
    }
    for (String prefix : ARABIC_PREFIXES) {
      if (word.startsWith(prefix) && word.length() - prefix.length() >= 3) {
        return word.substring(prefix.length());
      }
    }
    return word;
  }
}
