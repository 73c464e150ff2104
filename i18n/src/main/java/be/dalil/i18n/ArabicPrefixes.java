package be.dalil.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic glues short words to the next one: the article and conjunctions ("والسكن", "بالسكن")
 * and prepositions ("فغنت", "وفي"). Matching a word means trying it without them.
 */
public final class ArabicPrefixes {

  /**
   * The article, alone or after a conjunction or preposition, and those alone: for topic words
   * ("السكن", "والسكن", "بالسكن" share a stem).
   */
  public static final List<String> ARTICLE_AND_CONJUNCTIONS =
      List.of("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ف", "ل");
  /**
   * Prepositions and conjunctions without the article: for place names, which never take the
   * article but often follow "في" or "ب" glued on in chat ("فغنت", "وفي").
   */
  public static final List<String> PREPOSITIONS = List.of("وب", "وفي", "في", "و", "ب", "ف", "ل");
  /** A stripped word keeps at least this many letters. */
  static final int MIN_REST = 3;

  private ArabicPrefixes() {}

  /** The word without each prefix it starts with, in the order of {@code prefixes}. */
  public static List<String> strippings(String word, List<String> prefixes) {
    List<String> out = new ArrayList<>(2);
    for (String prefix : prefixes) {
      if (word.startsWith(prefix) && word.length() - prefix.length() >= MIN_REST) {
        out.add(word.substring(prefix.length()));
      }
    }
    return out;
  }
}
