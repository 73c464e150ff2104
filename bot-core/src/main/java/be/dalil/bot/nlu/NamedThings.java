package be.dalil.bot.nlu;

import be.dalil.knowledge.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Things a message can name in so many words whose topic the model misreads from the words around
 * them ({@code nlu-lexicon/named-things.txt}): a SIM card is no residence card, a social security
 * number comes with registering at the municipality. The caller reads the message again without
 * the thing named, to see whether the rest asks something else.
 */
final class NamedThings {

  static final String RESOURCE = "nlu-lexicon/named-things.txt";

  /** A thing named: its topic, and the message's tokens without it. */
  record Named(Topic topic, List<String> rest) {}

  private record Thing(List<String> words, Topic topic) {}

  private final List<Thing> things;

  private NamedThings(List<Thing> things) {
    this.things = List.copyOf(things);
  }

  static NamedThings load() {
    List<Thing> things = new ArrayList<>();
    for (LexiconFile.Entry entry : LexiconFile.read(RESOURCE)) {
      Topic topic = Topic.fromId(entry.key()).orElseThrow(
          () -> new IllegalStateException(RESOURCE + ": unknown topic " + entry.key()));
      entry.words().forEach(words -> things.add(new Thing(words, topic)));
    }
    // Longest first: "carte sim" before "sim", so that the rest keeps no half of a thing.
    things.sort((a, b) -> b.words().size() - a.words().size());
    return new NamedThings(things);
  }

  /** The first thing, longest first, that the tokens name, if any. */
  Optional<Named> in(List<String> tokens) {
    for (Thing thing : things) {
      int size = thing.words().size();
      for (int i = 0; i + size <= tokens.size(); i++) {
        if (matches(tokens, i, thing.words())) {
          List<String> rest = new ArrayList<>(tokens.subList(0, i));
          rest.addAll(tokens.subList(i + size, tokens.size()));
          return Optional.of(new Named(thing.topic(), List.copyOf(rest)));
        }
      }
    }
    return Optional.empty();
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
