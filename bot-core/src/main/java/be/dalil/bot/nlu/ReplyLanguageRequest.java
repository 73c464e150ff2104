package be.dalil.bot.nlu;

import be.dalil.i18n.Language;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a message asks Dalil to answer in a language it names ("answer in Arabic please", "can
 * you speak French", "جاوبني بالعربية"), as opposed to naming a language the writer speaks, cannot
 * speak or wants to learn, or one a service should speak. The words are in
 * {@code nlu-lexicon/reply-language.txt}.
 */
final class ReplyLanguageRequest {

  static final String RESOURCE = "nlu-lexicon/reply-language.txt";
  /** How far before and after a language's name the words of a request may be. */
  private static final int BEFORE = 4;
  private static final int AFTER = 3;
  private static final int YOU_WITHIN = 3;
  private static final String OBJECT_ME = "me";
  private static final String SPOKEN_TO_ME = "parle";

  /** The word lists of the lexicon, by the key of their lines. */
  private enum Words {
    ANSWER("answer"), WRITE("write"), SPEAK("speak"), YOU("you"), SELF("self"), PLEASE("please"),
    IN("in"), GLUED_IN("glued-in"), NOT("not"), LEARN("learn"), WHO("who");

    private final String key;

    Words(String key) {
      this.key = key;
    }

    static Words of(String key) {
      for (Words list : values()) {
        if (list.key.equals(key)) {
          return list;
        }
      }
      throw new IllegalStateException(RESOURCE + ": unknown list " + key);
    }
  }

  private final LanguageNames names;
  private final Map<Words, Set<String>> words;

  private ReplyLanguageRequest(LanguageNames names, Map<Words, Set<String>> words) {
    this.names = names;
    this.words = words;
  }

  static ReplyLanguageRequest load(LanguageNames names) {
    Map<Words, Set<String>> words = new EnumMap<>(Words.class);
    for (Words list : Words.values()) {
      words.put(list, new HashSet<>());
    }
    for (LexiconFile.Entry entry : LexiconFile.read(RESOURCE)) {
      words.get(Words.of(entry.key())).addAll(entry.tokens());
    }
    words.replaceAll((list, set) -> Set.copyOf(set));
    return new ReplyLanguageRequest(names, words);
  }

  /** A language asked for, where among the tokens its name is, and how it is asked. */
  record Asked(Language language, int index, Cue cue) {}

  /** The language the message asks to be answered in: the last one named in a request. */
  Optional<Asked> find(List<String> tokens) {
    Optional<Asked> asked = Optional.empty();
    for (int i = 0; i < tokens.size(); i++) {
      Optional<Language> named = names.named(tokens.get(i));
      if (named.isPresent()) {
        int index = i;
        Optional<Asked> here = asks(tokens, i).map(cue -> new Asked(named.get(), index, cue));
        asked = here.isPresent() ? here : asked;
      }
    }
    return asked;
  }

  /** How a request asks: with a verb of answering, or by speaking, politeness or writing. */
  enum Cue { ANSWER, OTHER }

  private Optional<Cue> asks(List<String> tokens, int name) {
    int from = Math.max(0, name - BEFORE);
    int to = Math.min(tokens.size(), name + AFTER + 1);
    boolean answer = false;
    boolean speak = false;
    boolean polite = false;
    boolean ownLanguage = false;
    for (int i = from; i < to; i++) {
      String token = tokens.get(i);
      if (i == name) {
        continue;
      }
      // "I don't speak Dutch", "a GP who speaks Arabic"; after the name, "ما" and "dat" are as
      // often "what" and "that" ("اكتب لي بالهولندية: ما هي الأوراق").
      if (i < name && (is(Words.NOT, token) || is(Words.WHO, token)) || is(Words.LEARN, token)) {
        return Optional.empty();
      }
      // "ik antwoord"; "I speak", "je dois parler" ("kan je het antwoord" asks).
      answer |= (is(Words.ANSWER, token) || is(Words.WRITE, token) && afterIn(tokens, name))
          && !saidOfOneself(tokens, i, 1);
      boolean oneself = saidOfOneself(tokens, i, 2);
      speak |= is(Words.SPEAK, token) && toYou(tokens, i) && !oneself;
      ownLanguage |= is(Words.SPEAK, token) && oneself;
      // "in French please", "engels aub", "english pls"; not "I speak Arabic please help".
      polite |= is(Words.PLEASE, token) && (afterIn(tokens, name) || Math.abs(i - name) == 1);
    }
    return answer ? Optional.of(Cue.ANSWER)
        : speak || polite && !ownLanguage ? Optional.of(Cue.OTHER) : Optional.empty();
  }

  /**
   * "can you speak", "spreek je", "parle-moi", "تكلم معي": a word for "you" or "me" at most three
   * words from the verb ("sa famille parle seulement français, je me sens exclu" is not a request).
   * "me parle" is someone else speaking to me ("tout le monde me parle en anglais"): the
   * imperative is "parle-moi", and "tu peux me parler" keeps its "tu".
   */
  private boolean toYou(List<String> tokens, int verb) {
    if (verb > 0 && tokens.get(verb - 1).equals(OBJECT_ME)
        && tokens.get(verb).equals(SPOKEN_TO_ME)) {
      return false;
    }
    for (int i = Math.max(0, verb - YOU_WITHIN); i <= Math.min(tokens.size() - 1,
        verb + YOU_WITHIN); i++) {
      if (i != verb && is(Words.YOU, tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "I speak Arabic", "ik schrijf Frans", "je dois parler néerlandais": a word for "I" at most
   * {@code reach} words before the verb, with no language named in between ("kan je Engels
   * spreken" asks).
   */
  private boolean saidOfOneself(List<String> tokens, int verb, int reach) {
    for (int i = verb - 1; i >= Math.max(0, verb - reach); i--) {
      if (names.named(tokens.get(i)).isPresent()) {
        return false;
      }
      if (is(Words.SELF, tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** "in French", "en arabe", "in het Engels", "بالعربية", "bl3arbiya". */
  private boolean afterIn(List<String> tokens, int name) {
    String token = tokens.get(name);
    return name > 0 && is(Words.IN, tokens.get(name - 1))
        || words.get(Words.GLUED_IN).stream().anyMatch(token::startsWith);
  }

  private boolean is(Words list, String token) {
    return words.get(list).contains(token);
  }
}
