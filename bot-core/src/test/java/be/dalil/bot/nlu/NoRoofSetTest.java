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
 * A set written on 2026-12-04 by a helper who saw neither the rules, nor the word lists, nor the
 * corpora ({@code nlu-no-roof/no-roof.tsv}): 50 messages from people with no roof now or tonight
 * (sleeping outside, in a station or a car, thrown out today, a family on the street), and 40
 * housing messages from people who have one (rent, deposit, mould, an eviction next month, an
 * animal shelter, a street name), in Dutch, French, English, Arabic, Darija, Levantine and
 * Arabizi. Run before the word list {@code nlu-lexicon/without-a-roof.txt} (written before the
 * set), after it, and after the list was extended on a development set written by another helper
 * ({@code no-roof-dev.tsv}: 14 -> 57 of 80 roofless there; of 60 with a roof, three who want to
 * help someone sleeping outside now get the shelter services instead of the emergency answer);
 * never tuned on this set.
 *
 * <pre>
 *                                 roofless: welfare first    with a roof: welfare first
 * before the word list            3 of 50                    0 of 40
 * with the first list             14 of 50                   0 of 40
 * extended on the dev set         34 of 50                   1 of 40
 * two words also over other topics 36 of 50                  1 of 40
 * </pre>
 *
 * <p>"Welfare first": read as social welfare, or with social welfare's help first (the dialog
 * then answers the OCMW/CPAS, the CAW's shelter and the Samusocial first). The extended list
 * also names having no roof by two words together (sleeping, and a street, a park, a car or a
 * station; a place to sleep, and tonight), for housing questions, messages read as no practical
 * question, and emergencies that name no danger; over another practical topic only the two
 * words together count ("I slept at the station, where can I go tonight" was read as care, and
 * "I want to volunteer at a night shelter" is not needing one). The message with a roof now taken: neighbours
 * loud every night, "I cannot sleep" (read as an emergency before, with "every night" taken for
 * "tonight").
 */
class NoRoofSetTest {

  private record Line(boolean roofless, Understanding understood) {

    boolean welfareFirst() {
      return understood.intent() == Topic.SOCIAL_WELFARE
          || understood.helpFirst().equals(Optional.of(Topic.SOCIAL_WELFARE));
    }
  }

  private static final Path DIR = Path.of("src/test/resources/nlu-no-roof");

  private static MessageInterpreter interpreter;
  private static List<Line> lines;

  @BeforeAll
  static void read() throws IOException {
    interpreter = MessageInterpreter.loadShipped(PlaceResolver.shipped());
    lines = read("no-roof.tsv");
  }

  private static List<Line> read(String file) throws IOException {
    return EvaluationRows.of(DIR.resolve(file)).stream()
        .map(c -> new Line(c[1].equals("yes"), interpreter.interpret(c[2], Optional.empty())))
        .toList();
  }

  private static long welfareFirst(List<Line> lines, boolean roofless) {
    return lines.stream().filter(l -> l.roofless() == roofless && l.welfareFirst()).count();
  }

  @Test
  void answersSomeoneWithoutARoofWithSocialWelfareFirstMoreOftenThanBefore() {
    assertThat(lines.stream().filter(Line::roofless)).hasSize(50);
    assertThat(welfareFirst(lines, true)).isGreaterThanOrEqualTo(36);
  }

  @Test
  void answersHousingQuestionsOfPeopleWithARoofAsHousing() {
    assertThat(lines.stream().filter(l -> !l.roofless())).hasSize(40);
    assertThat(welfareFirst(lines, false)).isLessThanOrEqualTo(1);
  }

  @Test
  void keepsTheDevSetFiguresTheWordListWasExtendedFor() throws IOException {
    List<Line> dev = read("no-roof-dev.tsv");
    assertThat(welfareFirst(dev, true)).isGreaterThanOrEqualTo(57);
    assertThat(welfareFirst(dev, false)).isLessThanOrEqualTo(7);
  }
}
