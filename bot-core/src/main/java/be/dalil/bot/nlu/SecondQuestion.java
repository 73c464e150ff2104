package be.dalil.bot.nlu;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Where a second question starts inside one sentence: at a word such as "also", "aussi", "ook" or
 * "أيضا" ({@code nlu-lexicon/second-question.txt}), with words on both sides of it.
 */
final class SecondQuestion {

  static final String RESOURCE = "nlu-lexicon/second-question.txt";
  /** Words each side needs to be read on its own. */
  private static final int MIN_SIDE = 3;

  /** How far before "also" the "and" may be: "and I also", "et je veux aussi". */
  private static final int AND_BEFORE = 3;
  private static final String GLUED_AND = "و";

  private final Set<String> also;
  private final Set<String> and;

  private SecondQuestion(Set<String> also, Set<String> and) {
    this.also = Set.copyOf(also);
    this.and = Set.copyOf(and);
  }

  static SecondQuestion load() {
    Set<String> also = new HashSet<>();
    Set<String> and = new HashSet<>();
    for (LexiconFile.Entry entry : LexiconFile.read(RESOURCE)) {
      (entry.key().equals("also") ? also : and).addAll(entry.tokens());
    }
    return new SecondQuestion(also, and);
  }

  /** The index of the first token of the second question, if the tokens ask one. */
  OptionalInt start(List<String> tokens) {
    for (int i = MIN_SIDE; i + MIN_SIDE <= tokens.size(); i++) {
      if (also.contains(tokens.get(i)) && andBefore(tokens, i)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  private boolean andBefore(List<String> tokens, int i) {
    for (int j = Math.max(0, i - AND_BEFORE); j < i; j++) {
      String token = tokens.get(j);
      if (and.contains(token) || (token.startsWith(GLUED_AND) && token.length() > 2)) {
        return true;
      }
    }
    return false;
  }
}
