package be.dalil.bot.nlu;

import be.dalil.i18n.ArabicPrefixes;
import be.dalil.i18n.TextNormalizer;
import be.dalil.knowledge.PlaceResolver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a tokenised message into the features the intent model sees. The same code runs when the
 * model is trained and when it is used. Choices, measured on the dev set with
 * {@code NluExperiment} (raw top-1 accuracy: words and pairs only 86.6%, + character n-grams
 * 90.3%, + concepts 90.5%, concepts weighted three times 91.2%, + 5-letter prefixes 91.4%):
 * <ul>
 *   <li>words and word pairs: the strongest signal;</li>
 *   <li>character 3- and 4-grams inside words: survive typos, missing accents, Arabizi spellings
 *       and inflection ("inschrijven", "inschrijving", "inschrijfen");</li>
 *   <li>the first five letters of longer words: a cheap stem for Dutch and French inflection;</li>
 *   <li>Arabic words without their glued prefixes (al-, wa-, bi-, li-): "والسكن", "بالسكن" and
 *       "السكن" share a feature;</li>
 *   <li>a place name becomes one placeholder, so that "Schaerbeek" and "Hasselt" teach the same
 *       thing and "just a place" is learnt as a pattern;</li>
 *   <li>concept words ({@code nlu-lexicon/concepts.txt}): a rare synonym ("HZIV", "ميتويل")
 *       shares the weight of common ones ("mutuelle"), and a foreign country marks a question
 *       about living elsewhere.</li>
 * </ul>
 */
final class IntentFeatures {

  static final String PLACE = "__place__";
  static final String CONCEPTS = "nlu-lexicon/concepts.txt";
  static final int CONCEPT_WEIGHT = 3;
  static final int PREFIX = 5;
  /**
   * Character n-grams inside words. With the larger corpus, 3-5 measured best on the dev set
   * (accuracy 95.7% -> 96.0%, urgent recall 98.5% -> 99.3% over 3-4; 2-5 no better, larger).
   */
  static final int CHAR_MIN = 3;
  static final int CHAR_MAX = 5;
  /** Word -> concept, from {@code nlu-lexicon/concepts.txt}. */
  private static final Map<String, String> CONCEPT_OF = loadConcepts();

  private IntentFeatures() {}

  /** Features of tokens, where a mention (if any) named a place. */
  static String[] of(List<String> tokens, Optional<PlaceResolver.PlaceMention> place) {
    return of(tokens, place.map(PlaceResolver.PlaceMention::start).orElse(-1),
        place.map(PlaceResolver.PlaceMention::end).orElse(-1));
  }

  /** Features of tokens where [placeStart, placeEnd) named a place (or -1, -1 for none). */
  private static String[] of(List<String> tokens, int placeStart, int placeEnd) {
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
      String concept = CONCEPT_OF.get(word);
      if (concept == null) {
        concept = CONCEPT_OF.get(stem);
      }
      if (concept != null) {
        // A bag of features counts repeats: a concept weighs as much as three ordinary words.
        for (int i = 0; i < CONCEPT_WEIGHT; i++) {
          features.add("k=" + concept);
        }
      }
      addCharGrams(features, stem);
      if (stem.length() > PREFIX) {
        features.add("p=" + stem.substring(0, PREFIX));
      }
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
    for (int n = CHAR_MIN; n <= CHAR_MAX; n++) {
      for (int i = 0; i + n <= padded.length(); i++) {
        features.add("c=" + padded.substring(i, i + n));
      }
    }
  }

  private static Map<String, String> loadConcepts() {
    Map<String, String> concepts = new HashMap<>();
    InputStream in = IntentFeatures.class.getClassLoader().getResourceAsStream(CONCEPTS);
    if (in == null) {
      throw new IllegalStateException("missing " + CONCEPTS);
    }
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int colon = line.indexOf(':');
        if (line.isBlank() || line.startsWith("#") || colon < 0) {
          continue;
        }
        String concept = line.substring(0, colon).strip();
        for (String word : line.substring(colon + 1).split(",")) {
          for (String token : TextNormalizer.tokens(word)) {
            concepts.putIfAbsent(token, concept);
            concepts.putIfAbsent(arabicStem(token), concept);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(concepts);
  }

  /** An Arabic word without a glued article or conjunction; other words unchanged. */
  static String arabicStem(String word) {
    List<String> stems = ArabicPrefixes.strippings(word, ArabicPrefixes.ARTICLE_AND_CONJUNCTIONS);
    return stems.isEmpty() ? word : stems.get(0);
  }
}
