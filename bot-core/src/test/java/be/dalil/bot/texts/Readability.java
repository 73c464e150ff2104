package be.dalil.bot.texts;

import be.dalil.i18n.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How easy the texts a newcomer reads are: every reply text (the dialog bundles) and every
 * practical answer with its Brussels and Flanders additions, per language. Average sentence
 * length, share of long words (three syllables or more; seven letters or more in Arabic), and the
 * language's reading-ease formula: Flesch-Kincaid grade (English), Kandel-Moles (French),
 * Flesch-Douma (Dutch). Syllables are counted as vowel groups, the usual approximation.
 *
 * <p>{@code mvn -q -pl bot-core test-compile exec:java@readability} writes the report to
 * {@code docs/readability-report.txt}; {@code ReadabilityTest} holds the targets.
 */
public final class Readability {

  /** Sentences longer than this are listed as outliers. */
  static final int OUTLIER_WORDS = 20;

  record Sentence(String source, String text, int words) {}

  record Figures(Language language, int sentences, int words, double averageWords,
      double longWordShare, double ease, String easeName, List<Sentence> longest) {}

  private static final Pattern WORD = Pattern.compile(
      "\\{\\w+}|[\\p{L}\\p{M}]+(?:['’-][\\p{L}\\p{M}]+)*|\\d+");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟:;])\\s+|\\n+");
  private static final Pattern LINK = Pattern.compile("https?://\\S+|www\\.\\S+");
  private static final Map<Language, String> VOWELS = Map.of(
      Language.EN, "aeiouy", Language.FR, "aeiouyàâäéèêëîïôöùûüœ",
      Language.NL, "aeiouyàáâäèéêëìíîïòóôöùúûü");

  private Readability() {}

  /** Every text a newcomer may read, by where it comes from ("dialog:key", "topic.part"). */
  static Map<String, String> texts(Language language) {
    Map<String, String> texts = new TreeMap<>();
    Properties dialog = new Properties();
    try (InputStream in = Readability.class.getResourceAsStream(
        "/i18n/dialog_" + language.code() + ".properties")) {
      dialog.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String key : dialog.stringPropertyNames()) {
        texts.put("dialog:" + key, flatten(dialog.getProperty(key).replace("''", "'")));
      }
      JsonNode answers;
      try (InputStream json = Readability.class.getResourceAsStream("/data/answers.json")) {
        answers = new ObjectMapper().readTree(json);
      }
      for (JsonNode topic : answers.get("topics")) {
        for (String part : List.of("answer", "brussels", "flanders")) {
          JsonNode text = topic.path(part).path(language.code());
          if (text.isTextual()) {
            texts.put(topic.get("topic").asText() + "." + part, text.asText());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  /**
   * An ICU message as it reads most often: each {@code {n, plural, ...}} or {@code select} becomes
   * its "other" branch; a simple argument ({@code {place}}) stays, read as one word.
   */
  static String flatten(String message) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < message.length()) {
      char c = message.charAt(i);
      if (c == '{') {
        int end = matching(message, i);
        String inner = message.substring(i + 1, end);
        int comma = inner.indexOf(',');
        if (comma < 0) {
          out.append('{').append(inner.trim()).append('}');
        } else {
          out.append(flatten(otherBranch(inner)));
        }
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString().replace("#", "3");
  }

  private static int matching(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      if (s.charAt(i) == '{') {
        depth++;
      } else if (s.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced braces: " + s);
  }

  /** "count, plural, one {a} other {b}" -> "b" (or the last branch). */
  private static String otherBranch(String argument) {
    String body = argument.substring(argument.indexOf(',', argument.indexOf(',') + 1) + 1);
    String last = "";
    int i = 0;
    while (i < body.length()) {
      int open = body.indexOf('{', i);
      if (open < 0) {
        break;
      }
      String selector = body.substring(i, open).trim();
      int end = matching(body, open);
      last = body.substring(open + 1, end);
      if (selector.equals("other")) {
        return last;
      }
      i = end + 1;
    }
    return last;
  }

  static List<String> words(String sentence) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  static int syllables(String word, Language language) {
    if (word.startsWith("{") || word.chars().allMatch(Character::isDigit)) {
      return 1;
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (language == Language.NL) {
      w = w.replace("ij", "y");
    }
    int groups = 0;
    boolean inVowel = false;
    String vowels = VOWELS.get(language);
    for (int i = 0; i < w.length(); i++) {
      boolean vowel = vowels.indexOf(w.charAt(i)) >= 0;
      if (vowel && !inVowel) {
        groups++;
      }
      inVowel = vowel;
    }
    if (language == Language.EN && w.endsWith("e") && !w.endsWith("le") && groups > 1) {
      groups--; // silent e
    }
    if (language == Language.FR && w.matches(".*(e|es|ent)") && groups > 1) {
      groups--; // mute e
    }
    return Math.max(1, groups);
  }

  static Figures measure(Language language) {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    int longWords = 0;
    List<Sentence> longest = new ArrayList<>();
    for (Map.Entry<String, String> text : texts(language).entrySet()) {
      for (String sentence : SENTENCE_END.split(LINK.matcher(text.getValue()).replaceAll("link"))) {
        List<String> found = words(sentence);
        if (found.isEmpty()) {
          continue;
        }
        sentences++;
        words += found.size();
        for (String word : found) {
          if (language == Language.AR) {
            longWords += word.codePointCount(0, word.length()) >= 7 ? 1 : 0;
          } else {
            int s = syllables(word, language);
            syllables += s;
            longWords += s >= 3 ? 1 : 0;
          }
        }
        if (found.size() > OUTLIER_WORDS) {
          longest.add(new Sentence(text.getKey(), sentence.trim(), found.size()));
        }
      }
    }
    double perSentence = (double) words / sentences;
    double perWord = (double) syllables / words;
    double ease = switch (language) {
      case EN -> 0.39 * perSentence + 11.8 * perWord - 15.59;
      case FR -> 207 - 1.015 * perSentence - 73.6 * perWord;
      case NL -> 206.835 - 0.93 * perSentence - 77 * perWord;
      case AR -> Double.NaN;
    };
    String easeName = switch (language) {
      case EN -> "Flesch-Kincaid grade";
      case FR -> "Kandel-Moles reading ease";
      case NL -> "Flesch-Douma reading ease";
      case AR -> "(no established formula)";
    };
    longest.sort(Comparator.comparingInt(Sentence::words).reversed());
    return new Figures(language, sentences, words, perSentence, (double) longWords / words, ease,
        easeName, longest);
  }

  static String report() {
    StringBuilder out = new StringBuilder("Readability of every reply text and practical answer"
        + " (bot-core Readability; targets in ReadabilityTest)\n\n");
    for (Language language : Language.values()) {
      Figures f = measure(language);
      out.append(String.format(Locale.ROOT, "%s: %d sentences, %.1f words a sentence, %.1f%% long"
              + " words, %s %s%n", language.code(), f.sentences(), f.averageWords(),
          100 * f.longWordShare(), f.easeName(),
          Double.isNaN(f.ease()) ? "-" : String.format(Locale.ROOT, "%.1f", f.ease())));
      for (Sentence s : f.longest()) {
        out.append(String.format(Locale.ROOT, "   %2d words  %s: %s%n", s.words(), s.source(),
            s.text()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    String report = report();
    if (args.length > 0) {
      Files.writeString(Path.of(args[0]), report);
    }
    System.out.print(report);
  }
}
