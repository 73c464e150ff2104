package be.dalil.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.knowledge.PlaceResolver;
import be.dalil.knowledge.Topic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Long messages that tell their story before their question, often about another topic ("I came
 * to Kortrijk for an IT job ... where do I register?"), some with the question mark, some without,
 * some with a closing line after it ("Can you help?", "Merci d'avance"), in English, French, Dutch,
 * Arabic, Darija and Arabizi. Written on 2026-12-04 by two helpers who saw neither the rules nor
 * the corpora: {@code nlu-background/dev.tsv} (80, for tuning) and {@code test.tsv} (100, frozen,
 * written by the other helper, run only before and after the change).
 *
 * <pre>
 *                               dev: right   false alarms    test: right   false alarms
 * before                        75 of 80     1               92 of 100     3
 * a sentence urgent only with
 *   a danger named              75 of 80     0               94 of 100     1
 * </pre>
 *
 * <p>Two ways to prefer the question over the background were tried on the dev set and changed
 * nothing there: a closing line read as "help" not counting as the question, and question words
 * (where, comment, waar, فين, kifach...) marking a question without its question mark. Not kept.
 */
class BackgroundFirstSetTest {

  private record Line(Topic expected, Understanding understood) {

    boolean right() {
      return understood.intent() == expected && !understood.needsClarification();
    }

    boolean falseAlarm() {
      return expected != Topic.EMERGENCY && understood.intent() == Topic.EMERGENCY;
    }
  }

  private static List<Line> dev;
  private static List<Line> test;

  @BeforeAll
  static void read() throws IOException {
    MessageInterpreter interpreter = MessageInterpreter.loadShipped(PlaceResolver.shipped());
    dev = read(interpreter, "dev.tsv");
    test = read(interpreter, "test.tsv");
  }

  private static List<Line> read(MessageInterpreter interpreter, String file) throws IOException {
    return EvaluationRows.of(Path.of("src/test/resources/nlu-background").resolve(file)).stream()
        .map(c -> new Line(Topic.fromId(c[1]).orElseThrow(),
            interpreter.interpret(c[2], Optional.empty())))
        .toList();
  }

  @Test
  void answersTheQuestionAfterTheStoryInTheFrozenSet() {
    assertThat(test).hasSize(100);
    assertThat(test.stream().filter(Line::right).count()).isGreaterThanOrEqualTo(94);
    assertThat(test.stream().filter(Line::falseAlarm).count()).isLessThanOrEqualTo(1);
  }

  @Test
  void keepsTheDevSetFigures() {
    assertThat(dev).hasSize(80);
    assertThat(dev.stream().filter(Line::right).count()).isGreaterThanOrEqualTo(75);
    assertThat(dev.stream().filter(Line::falseAlarm).count()).isZero();
  }
}
