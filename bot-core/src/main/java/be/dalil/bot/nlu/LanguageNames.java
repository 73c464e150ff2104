package be.dalil.bot.nlu;

import be.dalil.i18n.Language;
import be.dalil.i18n.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    InputStream in = LanguageNames.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing " + RESOURCE);
    }
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        Language language = Language.fromCode(line.substring(0, colon)).orElseThrow();
        for (String word : line.substring(colon + 1).split(",")) {
          for (String token : TextNormalizer.tokens(word)) {
            words.put(token, language);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LanguageNames(words);
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
