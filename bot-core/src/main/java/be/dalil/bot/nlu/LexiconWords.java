package be.dalil.bot.nlu;

import java.util.List;

/**
 * How a one-word entry of a word list meets the words of a message, for the lists read as lists
 * (emergency kinds, stated needs) rather than learnt: the entry as written, and an Arabic entry
 * written with the article also without it ("الشرطه" meets "شرطه"); a message's word as written,
 * and without a glued article or conjunction ("والشرطه").
 */
final class LexiconWords {

  private static final int MIN_STEM = 3;
  /**
   * Only an entry written with the article loses a prefix: "بوليس" (police) is not "ب" + "وليس",
   * which had made every "وليس" (and is not) a word for violence.
   */
  private static final List<String> ARTICLES = List.of("وال", "بال", "فال", "كال", "لل", "ال");

  private LexiconWords() {}

  /** The keys an entry's word is found under. */
  static List<String> keysOf(String entryWord) {
    String stem = IntentFeatures.arabicStem(entryWord);
    boolean article = ARTICLES.stream().anyMatch(entryWord::startsWith);
    return article && !stem.equals(entryWord) && stem.length() >= MIN_STEM
        ? List.of(entryWord, stem) : List.of(entryWord);
  }

  /** A message's word without a glued article or conjunction, or itself. */
  static String stemOf(String messageWord) {
    if (messageWord.isEmpty() || messageWord.charAt(0) < '\u0600') {
      return messageWord; // only Arabic letters carry glued prefixes
    }
    String stem = IntentFeatures.arabicStem(messageWord);
    return stem.length() >= MIN_STEM ? stem : messageWord;
  }
}
