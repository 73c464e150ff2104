package be.dalil.bot.nlu;

import be.dalil.i18n.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a word list of {@code nlu-lexicon/}: lines {@code <key>: word, word, ...}, {@code #}
 * comments, every word normalised into tokens as messages are. A line {@code <key>: @<file>}
 * takes the words of every line of another list of the folder, so that one list of words serves
 * two purposes without being written twice. A {@code *} between two words stands for any one
 * word of a message ({@link #ANY_WORD}; only {@link NamedThings} reads it so).
 */
final class LexiconFile {

  /** The token of a {@code *} in a word: any one word ("lost my * passport"). */
  static final String ANY_WORD = "*";

  /** One line: its key and its words, each as the tokens it normalises into, in order. */
  record Entry(String key, List<List<String>> words) {

    /** The tokens of all the words, in order. */
    List<String> tokens() {
      return words.stream().flatMap(List::stream).toList();
    }
  }

  private LexiconFile() {}

  static List<Entry> read(String resource) {
    InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing " + resource);
    }
    List<Entry> entries = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int colon = line.indexOf(':');
        if (line.isBlank() || line.startsWith("#") || colon < 0) {
          continue;
        }
        String value = line.substring(colon + 1).strip();
        if (value.startsWith("@")) {
          String other = resource.substring(0, resource.lastIndexOf('/') + 1) + value.substring(1);
          entries.add(new Entry(line.substring(0, colon).strip(), read(other).stream()
              .flatMap(e -> e.words().stream()).toList()));
          continue;
        }
        List<List<String>> words = new ArrayList<>();
        for (String word : value.split(",")) {
          List<String> tokens = tokensOf(word);
          if (!tokens.isEmpty()) {
            words.add(List.copyOf(tokens));
          }
        }
        entries.add(new Entry(line.substring(0, colon).strip(), List.copyOf(words)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(entries);
  }

  /** A word's tokens as a message's, with {@link #ANY_WORD} where it has a {@code *}. */
  private static List<String> tokensOf(String word) {
    String[] parts = word.split("\\s\\*\\s", -1);
    List<String> tokens = new ArrayList<>(TextNormalizer.tokens(parts[0]));
    for (int i = 1; i < parts.length; i++) {
      tokens.add(ANY_WORD);
      tokens.addAll(TextNormalizer.tokens(parts[i]));
    }
    return tokens;
  }
}
