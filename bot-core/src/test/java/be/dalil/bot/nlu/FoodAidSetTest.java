package be.dalil.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.knowledge.PlaceResolver;
import be.dalil.knowledge.Topic;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two sets about food ({@code nlu-food/}), each written on 2026-12-04 by its own helper who saw
 * neither the rules, nor the corpora, nor the other set: messages from people who have nothing to
 * eat or ask for food aid (social_welfare), and messages that speak of food without being about
 * poverty (school meals, recipes, a choking child, a job as a cook, "bon appétit"), in English,
 * French, Dutch, Arabic, Darija, Levantine and Arabizi.
 *
 * <p>The first set measured a food concept for the intent model (56 to 62 of 70), which was
 * dropped because the retrained model lost two lines of the unseen set; its misses were then read
 * before the word list of stated needs ({@code nlu-lexicon/stated-needs.txt}) was written, so it
 * is a dev set now. The second was run only before and after the word list, and not tuned on;
 * its line "food bank near me" was dropped, being a training line word for word.
 *
 * <pre>
 *                               food aid right    others right    others taken as food aid
 * set 1 (dev)   before          56 of 70          41 of 50        0
 *               stated needs    67 of 70          41 of 50        0
 * set 2 (test)  before          48 of 59          36 of 40        0
 *               stated needs    50 of 59          36 of 40        1
 * both, after the model was retrained with "commune de", "gemeente" as words before a place:
 * set 1 68 of 70 and 41 of 50, set 2 49 of 59 and 36 of 40 (one line flipped each way)
 * </pre>
 *
 * <p>Set 2's misses, read after measuring: long posts whose need has other words ("I did not eat
 * properly since", "kanakol ghir merra f nhar", "صرلي يومين ما أكلت شي"), "need baby formula,
 * broke", "where to eat for free", an elderly mother's empty fridge read as an emergency; and
 * "I'm hungry for success" became food aid (it was already wrong, as a job question).
 */
class FoodAidSetTest {

  private static final Path DIR = Path.of("src/test/resources/nlu-food");

  private static MessageInterpreter interpreter;

  @BeforeAll
  static void load() {
    interpreter = MessageInterpreter.loadShipped(PlaceResolver.shipped());
  }

  private static OneTopicSet read(String file) throws IOException {
    return OneTopicSet.read(DIR.resolve(file), Topic.SOCIAL_WELFARE, interpreter);
  }

  @Test
  void readsTheFrozenSetsMessagesAboutHavingNothingToEatAsFoodAid() throws IOException {
    OneTopicSet test = read("food-2.tsv");
    assertThat(test.about()).isEqualTo(59);
    assertThat(test.aboutRight()).isGreaterThanOrEqualTo(49);
  }

  @Test
  void keepsTheFrozenSetsOtherMessagesAboutFoodWithTheirOwnTopic() throws IOException {
    OneTopicSet test = read("food-2.tsv");
    assertThat(test.others()).isEqualTo(40);
    assertThat(test.othersRight()).isGreaterThanOrEqualTo(36);
    assertThat(test.othersTakenForTheTopic()).isLessThanOrEqualTo(1);
  }

  @Test
  void keepsTheDevSetFiguresTheWordListWasWrittenFor() throws IOException {
    OneTopicSet dev = read("food.tsv");
    assertThat(dev.aboutRight()).isGreaterThanOrEqualTo(68);
    assertThat(dev.othersRight()).isGreaterThanOrEqualTo(41);
    assertThat(dev.othersTakenForTheTopic()).isZero();
  }
}
