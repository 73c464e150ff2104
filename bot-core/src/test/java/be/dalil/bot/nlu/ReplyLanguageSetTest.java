package be.dalil.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.i18n.Language;
import be.dalil.knowledge.PlaceResolver;
import be.dalil.knowledge.Topic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two sets for the reply's language ({@code nlu-reply-language/}), each written on 2026-12-04 by
 * its own helper who saw neither the rules, nor the corpora, nor the other set: 70 practical
 * questions with a request to be answered in another language ("how do I register in
 * Schaerbeek? answer in French"), and 50 that name a language without asking for it ("a GP who
 * speaks Arabic", "je ne parle pas néerlandais"), in English, French, Dutch, Arabic, Darija,
 * Levantine and Arabizi.
 *
 * <p>The first became a dev set: the rules were tuned on its misses. The second is frozen: it was
 * run once, after the tuning, and its misses were read but not tuned on (misspelt or unlisted
 * names of languages such as "frensh" or "بالنيرلاندي", verbs the lexicon lacks such as "tell me",
 * "switch to", "zeggen", Levantine "احكي", and "les" read as lessons). Figures (asked: answered
 * in the language asked, and of those with the question answered; named: answered in the
 * message's language):
 *
 * <pre>
 *                       dev (tuned on)        test (frozen)
 * before                asked 2, 0; named 50  asked 3, 0; named 50
 * first rules           asked 42, 40; named 49
 * after tuning on dev   asked 69, 66; named 50  asked 50, 50; named 50
 * </pre>
 */
class ReplyLanguageSetTest {

  private static final Path DIR = Path.of("src/test/resources/nlu-reply-language");

  private record Line(Language expected, boolean asks, Understanding understood) {

    /** The language the reply is in: a language change switches to the one named. */
    Language replyLanguage() {
      return understood.intent() == Topic.CHANGE_LANGUAGE
          ? understood.namedLanguage().orElse(understood.language()) : understood.language();
    }

    boolean inLanguage() {
      return replyLanguage() == expected;
    }
  }

  private static MessageInterpreter interpreter;

  @BeforeAll
  static void load() {
    interpreter = MessageInterpreter.loadShipped(PlaceResolver.shipped());
  }

  private static List<Line> read(String file) throws IOException {
    return EvaluationRows.of(DIR.resolve(file)).stream().map(c ->
        new Line(Language.fromCode(c[0]).orElseThrow(), c[1].equals("asks"),
            interpreter.interpret(c[2], Optional.empty()))).toList();
  }

  private static long asked(List<Line> lines) {
    return lines.stream().filter(l -> l.asks() && l.inLanguage()).count();
  }

  private static long askedAndAnswered(List<Line> lines) {
    return lines.stream().filter(l -> l.asks() && l.inLanguage()
        && l.understood().intent().isPractical()).count();
  }

  private static long named(List<Line> lines) {
    return lines.stream().filter(l -> !l.asks() && l.inLanguage()).count();
  }

  @Test
  void answersMostQuestionsOfTheFrozenSetInTheLanguageTheyAskFor() throws IOException {
    List<Line> test = read("reply-language-2.tsv");
    assertThat(test.stream().filter(Line::asks)).hasSize(70);
    assertThat(asked(test)).isGreaterThanOrEqualTo(50);
    assertThat(askedAndAnswered(test)).isGreaterThanOrEqualTo(50);
  }

  @Test
  void keepsTheMessagesLanguageInTheFrozenSetWhenALanguageIsOnlyNamed() throws IOException {
    List<Line> test = read("reply-language-2.tsv");
    assertThat(test.stream().filter(l -> !l.asks())).hasSize(50);
    assertThat(named(test)).isEqualTo(50);
  }

  @Test
  void keepsTheDevSetFiguresItWasTunedTo() throws IOException {
    List<Line> dev = read("reply-language.tsv");
    assertThat(asked(dev)).isGreaterThanOrEqualTo(69);
    assertThat(askedAndAnswered(dev)).isGreaterThanOrEqualTo(66);
    assertThat(named(dev)).isEqualTo(50);
  }
}
