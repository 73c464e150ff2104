package be.dalil.bot.nlu;

import be.dalil.knowledge.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Things a message can name in so many words whose topic the model misreads from the words around
 * them ({@code nlu-lexicon/named-things.txt}): a SIM card is no residence card, a social security
 * number comes with registering at the municipality. The caller reads the message again without
 * the thing named, to see whether the rest asks something else.
 */
final class NamedThings {

  static final String RESOURCE = "nlu-lexicon/named-things.txt";

  /**
   * Lines {@code <topic> before the rest: ...} name what the person wants, which decides even when
   * the rest of the message reads clearly as another topic: that is then background ("I want to
   * bring my wife, I work here with a single permit").
   */
  static final String BEFORE_THE_REST = " before the rest";

  /**
   * A thing named: its topic, the message's tokens without it, and whether it decides over a
   * clear rest ({@link #BEFORE_THE_REST}).
   */
  record Named(Topic topic, List<String> rest, boolean beforeTheRest) {}

  private record Thing(List<String> words, Topic topic, boolean beforeTheRest) {}

  /**
   * The things by their first word, longest first: a message is looked up word by word rather than
   * searched once per thing, and "carte sim" wins over "sim", so that the rest keeps no half of a
   * thing.
   */
  private final Map<String, List<Thing>> byFirstWord;

  private NamedThings(Map<String, List<Thing>> byFirstWord) {
    this.byFirstWord = Map.copyOf(byFirstWord);
  }

  static NamedThings load() {
    Map<String, List<Thing>> byFirstWord = new HashMap<>();
    for (LexiconFile.Entry entry : LexiconFile.read(RESOURCE)) {
      boolean beforeTheRest = entry.key().endsWith(BEFORE_THE_REST);
      String id = beforeTheRest
          ? entry.key().substring(0, entry.key().length() - BEFORE_THE_REST.length())
          : entry.key();
      Topic topic = Topic.fromId(id).orElseThrow(
          () -> new IllegalStateException(RESOURCE + ": unknown topic " + entry.key()));
      entry.words().forEach(words -> byFirstWord.computeIfAbsent(words.get(0),
          k -> new ArrayList<>()).add(new Thing(words, topic, beforeTheRest)));
    }
    byFirstWord.replaceAll((first, things) -> things.stream()
        .sorted(Comparator.comparingInt((Thing t) -> t.words().size()).reversed()).toList());
    return new NamedThings(byFirstWord);
  }

  /**
   * Every thing the tokens name, in the message's order, the longest where several start at one
   * word; each with the rest of the message without it alone.
   */
  List<Named> all(List<String> tokens) {
    List<Named> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      List<Thing> candidates = byFirstWord.getOrDefault(token,
          byFirstWord.getOrDefault(LexiconWords.stemOf(token), List.of()));
      for (Thing thing : candidates) {
        int end = i + thing.words().size();
        if (end <= tokens.size() && matches(tokens, i, thing.words())) {
          List<String> rest = new ArrayList<>(tokens.subList(0, i));
          rest.addAll(tokens.subList(end, tokens.size()));
          found.add(new Named(thing.topic(), List.copyOf(rest), thing.beforeTheRest()));
          i = end - 1;
          break;
        }
      }
    }
    return found;
  }

  /** Word by word; a message's Arabic word may carry a glued article or "and". */
  private static boolean matches(List<String> tokens, int from, List<String> words) {
    for (int w = 0; w < words.size(); w++) {
      String token = tokens.get(from + w);
      if (!token.equals(words.get(w)) && !LexiconWords.stemOf(token).equals(words.get(w))) {
        return false;
      }
    }
    return true;
  }
}
