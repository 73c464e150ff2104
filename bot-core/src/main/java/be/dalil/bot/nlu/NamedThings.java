package be.dalil.bot.nlu;

import be.dalil.knowledge.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
   * bring my wife, I work here with a single permit"). {@code <topic> before the rest but <topic>,
   * ...: ...} yields to a rest that reads clearly as one of those ("my residence card was stolen"
   * is about replacing the card). Either line with "but" also yields to another thing named in the
   * message of one of those topics ({@code <topic> but <topic>, ...: ...} to those only).
   */
  static final String BEFORE_THE_REST = " before the rest";
  private static final String BUT = " but ";

  /**
   * A thing named: its topic, the message's tokens without it, and the clear readings of the rest
   * it decides over ({@link #BEFORE_THE_REST}): none, or all but some.
   */
  record Named(Topic topic, List<String> rest, Precedence precedence) {

    /**
     * Whether the thing decides, given the rest's clear reading: always when the rest asks nothing
     * clearly, over a clear rest only before the rest ({@link #BEFORE_THE_REST}) and not one it
     * yields to.
     */
    boolean decidesOver(Optional<Topic> clearRest) {
      return clearRest.map(rest -> precedence.over() && !precedence.but().contains(rest))
          .orElse(true);
    }

    /**
     * Whether another thing named in the message is of a topic this one yields to: "je suis
     * indépendant, comment faire ma déclaration d'impôts" is about taxes, which the model never
     * reads clearly (they are known from their words only).
     */
    boolean yieldsToOneOf(List<Named> others) {
      return others.stream().anyMatch(o -> o != this && precedence.but().contains(o.topic()));
    }
  }

  /** Whether a thing decides over a clear rest, and the topics of a rest it yields to. */
  record Precedence(boolean over, Set<Topic> but) {
    static final Precedence NONE = new Precedence(false, Set.of());
  }

  private record Thing(List<String> words, Topic topic, Precedence precedence) {}

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
      String key = entry.key();
      Precedence precedence = Precedence.NONE;
      int before = key.indexOf(BEFORE_THE_REST);
      int but = key.indexOf(BUT);
      if (before > 0 || but > 0) {
        String head = key.substring(0, before > 0 ? before : but);
        Set<Topic> yieldsTo = but > 0
            ? Arrays.stream(key.substring(but + BUT.length()).split(","))
                .map(id -> topicOf(id.strip())).collect(Collectors.toUnmodifiableSet())
            : Set.of();
        precedence = new Precedence(before > 0, yieldsTo);
        key = head;
      }
      Topic topic = topicOf(key);
      Precedence p = precedence;
      entry.words().forEach(words -> byFirstWord.computeIfAbsent(words.get(0),
          k -> new ArrayList<>()).add(new Thing(words, topic, p)));
    }
    byFirstWord.replaceAll((first, things) -> things.stream()
        .sorted(Comparator.comparingInt((Thing t) -> t.words().size()).reversed()).toList());
    return new NamedThings(byFirstWord);
  }

  private static Topic topicOf(String id) {
    return Topic.fromId(id).orElseThrow(
        () -> new IllegalStateException(RESOURCE + ": unknown topic " + id));
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
          found.add(new Named(thing.topic(), List.copyOf(rest), thing.precedence()));
          i = end - 1;
          break;
        }
      }
    }
    return found;
  }

  /**
   * Word by word; a message's Arabic word may carry a glued article or "and"; {@link
   * LexiconFile#ANY_WORD} matches any word ("lost my Moroccan passport").
   */
  private static boolean matches(List<String> tokens, int from, List<String> words) {
    for (int w = 0; w < words.size(); w++) {
      String token = tokens.get(from + w);
      if (words.get(w).equals(LexiconFile.ANY_WORD)) {
        continue;
      }
      if (!token.equals(words.get(w)) && !LexiconWords.stemOf(token).equals(words.get(w))) {
        return false;
      }
    }
    return true;
  }
}
