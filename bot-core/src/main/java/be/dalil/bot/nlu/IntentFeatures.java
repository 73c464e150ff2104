package be.dalil.bot.nlu;

import be.dalil.i18n.ArabicPrefixes;
import be.dalil.knowledge.PlaceResolver;
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
  /** About how many features a word makes (its n-grams and the rest), to size the buffer once. */
  private static final int FEATURES_PER_WORD = 24;
  /** Word -> concept, from {@code nlu-lexicon/concepts.txt}. */
  private static final Map<String, String> CONCEPT_OF = loadConcepts();

  private IntentFeatures() {}

  /** Features of tokens, where a mention (if any) named a place, as strings (for training). */
  static String[] of(List<String> tokens, Optional<PlaceResolver.PlaceMention> place) {
    FeatureText text = new FeatureText();
    extract(tokens, place, text);
    return text.toArray();
  }

  /** The same features as {@link #of}, hashed without building their strings. */
  static FeatureHashes hashes(List<String> tokens, Optional<PlaceResolver.PlaceMention> place) {
    FeatureHashes hashes = new FeatureHashes(FEATURES_PER_WORD * tokens.size() + 2);
    extract(tokens, place, hashes);
    return hashes;
  }

  private static void extract(List<String> tokens, Optional<PlaceResolver.PlaceMention> place,
      FeatureSink sink) {
    int placeStart = place.map(PlaceResolver.PlaceMention::start).orElse(-1);
    int placeEnd = place.map(PlaceResolver.PlaceMention::end).orElse(-1);
    List<String> words = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      if (i == placeStart) {
        words.add(PLACE);
      } else if (i < placeStart || i >= placeEnd) {
        words.add(tokens.get(i));
      }
    }
    String previous = "^";
    for (String word : words) {
      sink.begin("w=").add(word).end();
      sink.begin("b=").add(previous).add('_').add(word).end();
      previous = word;
      if (word.equals(PLACE)) {
        continue;
      }
      String stem = arabicStem(word);
      if (!stem.equals(word)) {
        sink.begin("s=").add(stem).end();
      }
      String concept = CONCEPT_OF.get(word);
      if (concept == null) {
        concept = CONCEPT_OF.get(stem);
      }
      if (concept != null) {
        // A bag of features counts repeats: a concept weighs as much as three ordinary words.
        for (int i = 0; i < CONCEPT_WEIGHT; i++) {
          sink.begin("k=").add(concept).end();
        }
      }
      addSkeleton(sink, stem);
      addCharGrams(sink, stem, CHAR_MIN, CHAR_MAX);
      if (stem.length() > PREFIX) {
        sink.begin("p=").add(stem, 0, PREFIX).end();
      }
    }
    sink.begin("b=").add(previous).add("_$").end();
    sink.begin("n=").add((char) ('0' + Math.min(words.size(), 6))).end();
  }

  /**
   * The character n-grams ({@code min..max}) of a word between boundary marks, as "c=" features:
   * "<ab" for "abc" and 3-grams. Words under three letters have none.
   */
  static void addCharGrams(FeatureSink sink, String word, int min, int max) {
    if (word.length() < 3) {
      return;
    }
    addGrams(sink, word, min, max);
  }

  /** The n-grams ({@code min..max}) of {@code '<' + word + '>'}, without building that string. */
  static void addGrams(FeatureSink sink, String word, int min, int max) {
    int padded = word.length() + 2;
    for (int n = min; n <= max; n++) {
      for (int i = 0; i + n <= padded; i++) {
        sink.begin("c=");
        int end = i + n;
        if (i == 0) {
          sink.add('<');
        }
        sink.add(word, Math.max(0, i - 1), Math.min(word.length(), end - 1));
        if (end == padded) {
          sink.add('>');
        }
        sink.end();
      }
    }
  }

  /**
   * The consonants of a word in Latin letters, doubled ones once: Arabizi writes few vowels and
   * each writer different ones ("lmadrasa", "lmdrasa", "lmdersa"; "nsajel", "nsjjel"), and typos
   * in the other languages are often vowels. Words under four letters have none.
   */
  static void addSkeleton(FeatureSink sink, String word) {
    if (word.length() < 4) {
      return;
    }
    char[] kept = new char[word.length()];
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c > 'z' || c < '0' || c > '9' && c < 'a') {
        return;
      }
      if ("aeiouy".indexOf(c) < 0 && (n == 0 || kept[n - 1] != c)) {
        kept[n++] = c;
      }
    }
    if (n < 2) {
      return;
    }
    sink.begin("x=");
    for (int i = 0; i < n; i++) {
      sink.add(kept[i]);
    }
    sink.end();
  }

  private static Map<String, String> loadConcepts() {
    Map<String, String> concepts = new HashMap<>();
    for (LexiconFile.Entry entry : LexiconFile.read(CONCEPTS)) {
      for (String token : entry.tokens()) {
        concepts.putIfAbsent(token, entry.key());
        concepts.putIfAbsent(arabicStem(token), entry.key());
      }
    }
    return Map.copyOf(concepts);
  }

  /** An Arabic word without a glued article or conjunction; other words unchanged. */
  static String arabicStem(String word) {
    List<String> stems = ArabicPrefixes.strippings(word, ArabicPrefixes.ARTICLE_AND_CONJUNCTIONS);
    return stems.isEmpty() ? word : stems.get(0);
  }
}
