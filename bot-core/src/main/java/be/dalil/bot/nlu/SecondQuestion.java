package be.dalil.bot.nlu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Where a second question starts inside one sentence: at a word such as "also", "aussi", "ook" or
 * "أيضا" after an "and", or at a question word right after "and" ("... and how do we find a
 * doctor?"), with words on both sides of it ({@code nlu-lexicon/second-question.txt}); and
 * where an "and" before a verb of doing joins two parts that may each ask something.
 */
final class SecondQuestion {

  static final String RESOURCE = "nlu-lexicon/second-question.txt";
  /** Words each side needs to be read on its own. */
  private static final int MIN_SIDE = 3;

  /** How far before "also" the "and" may be: "and I also", "et je veux aussi". */
  private static final int AND_BEFORE = 3;
  private static final String GLUED_AND = "و";
  /** Each join read costs two readings of the intent model; two cover "A, B and C" too. */
  private static final int MAX_JOINS = 2;
  /** How far after "and" its verb may come: "and I need to open", Dutch "en een huis zoeken". */
  private static final int ACTION_WITHIN = 4;
  private static final int PURPOSE_SIDE = 2;

  private final Set<String> also;
  private final Set<String> and;
  private final Set<String> question;
  private final Set<String> action;
  private final Set<String> purpose;

  private SecondQuestion(Set<String> also, Set<String> and, Set<String> question,
      Set<String> action, Set<String> purpose) {
    this.also = Set.copyOf(also);
    this.and = Set.copyOf(and);
    this.question = Set.copyOf(question);
    this.action = Set.copyOf(action);
    this.purpose = Set.copyOf(purpose);
  }

  static SecondQuestion load() {
    Map<String, Set<String>> words = Map.of("also", new HashSet<>(), "and", new HashSet<>(),
        "question", new HashSet<>(), "action", new HashSet<>(), "purpose", new HashSet<>());
    for (LexiconFile.Entry entry : LexiconFile.read(RESOURCE)) {
      Set<String> list = words.get(entry.key());
      if (list == null) {
        throw new IllegalStateException(RESOURCE + ": unknown list " + entry.key());
      }
      list.addAll(entry.tokens());
    }
    return new SecondQuestion(words.get("also"), words.get("and"), words.get("question"),
        words.get("action"), words.get("purpose"));
  }

  /**
   * The index of the first word for "in order to" with at least {@link #PURPOSE_SIDE} words on
   * each side ("bach nlqa khedma"), if any.
   */
  OptionalInt purpose(List<String> tokens) {
    for (int i = PURPOSE_SIDE; i < tokens.size() - PURPOSE_SIDE; i++) {
      if (purpose.contains(tokens.get(i))) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** Whether the token is a word for "and". */
  boolean isAnd(String token) {
    return and.contains(token);
  }

  /** The index of the first token of the second question, if the tokens ask one. */
  OptionalInt start(List<String> tokens) {
    for (int i = MIN_SIDE; i + MIN_SIDE <= tokens.size(); i++) {
      String token = tokens.get(i);
      if (also.contains(token) && andBefore(tokens, i)
          || question.contains(token) && and.contains(tokens.get(i - 1))
          || token.startsWith(GLUED_AND) && question.contains(token.substring(1))) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The index of the first later sentence that opens with "also", "and also" or a glued "وأيضا"
   * ("... but I don't know where. Also do I need health insurance?"), given the tokens of each
   * sentence in order, if one does and the message has words enough before it.
   */
  OptionalInt alsoSentence(List<List<String>> sentences) {
    int before = 0;
    for (int s = 0; s < sentences.size(); s++) {
      List<String> words = sentences.get(s);
      if (before >= MIN_SIDE && words.size() >= MIN_SIDE && opensWithAlso(words)) {
        return OptionalInt.of(s);
      }
      before += words.size();
    }
    return OptionalInt.empty();
  }

  /** Whether any token is a word for "also", alone or with a glued "و": cheap, before sentences. */
  boolean saysAlso(List<String> tokens) {
    for (String token : tokens) {
      if (also.contains(token) || token.startsWith(GLUED_AND) && also.contains(token.substring(1))) {
        return true;
      }
    }
    return false;
  }

  private boolean opensWithAlso(List<String> words) {
    String first = words.get(0);
    return also.contains(first)
        || and.contains(first) && also.contains(words.get(1))
        || first.startsWith(GLUED_AND) && also.contains(first.substring(1));
  }

  /**
   * Where an "and" followed by a verb of doing joins two parts long enough to be read on their
   * own ("je dois m'inscrire à la commune | et trouver une mutuelle"), at most
   * {@link #MAX_JOINS} of them: a weaker sign than "also", so the caller asks both sides to read
   * clearly as different topics.
   */
  List<Integer> joins(List<String> tokens) {
    List<Integer> joins = new ArrayList<>(MAX_JOINS);
    for (int i = MIN_SIDE; i + MIN_SIDE <= tokens.size() && joins.size() < MAX_JOINS; i++) {
      String token = tokens.get(i);
      if (and.contains(token) && actionAfter(tokens, i + 1)
          || token.startsWith(GLUED_AND) && action.contains(token.substring(1))) {
        joins.add(i);
      }
    }
    return joins;
  }

  /** A verb of doing within a few words: "et trouver", "and open", "en een ziekenfonds zoeken". */
  private boolean actionAfter(List<String> tokens, int from) {
    for (int j = from; j < Math.min(tokens.size(), from + ACTION_WITHIN); j++) {
      if (action.contains(tokens.get(j))) {
        return true;
      }
    }
    return false;
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
