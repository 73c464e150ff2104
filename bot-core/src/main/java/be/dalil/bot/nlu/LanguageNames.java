package be.dalil.bot.nlu;

import be.dalil.i18n.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds a language named in a message ("in English please", "بالعربية", "f darija"). */
final class LanguageNames {

  static final String RESOURCE = "nlu-lexicon/language-names.txt";

  private final Map<String, Language> words;

  private LanguageNames(Map<String, Language> words) {
    this.words = Map.copyOf(words);
  }

  static LanguageNames load() {
    Map<String, Language> words = new HashMap<>();
    for (LexiconFile.Entry entry : LexiconFile.read(RESOURCE)) {
      Language language = Language.fromCode(entry.key()).orElseThrow();
      entry.tokens().forEach(token -> words.put(token, language));
    }
    return new LanguageNames(words);
  }

  /** Where the first language name is among the tokens, or their count if none is. */
  int firstIndex(List<String> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (words.containsKey(tokens.get(i))) {
        return i;
      }
    }
    return tokens.size();
  }

  /** The language a token names, if it names one. */
  Optional<Language> named(String token) {
    return Optional.ofNullable(words.get(token));
  }

  /** The last language named in the tokens ("not French, English" -> English). */
  Optional<Language> find(List<String> tokens) {
    Language found = null;
    for (String token : tokens) {
      Language language = words.get(token);
      if (language != null) {
        found = language;
      }
    }
    return Optional.ofNullable(found);
  }
}
