package be.dalil.bot;

import be.dalil.bot.dialog.TestKnowledge;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.nlu.Interpreter;
import be.dalil.bot.nlu.MessageInterpreter;
import be.dalil.bot.nlu.Understanding;
import be.dalil.i18n.Language;
import be.dalil.knowledge.Topic;
import java.util.List;
import java.util.Optional;

/**
 * The shipped interpreter, except that {@link #TWO_TOPICS} is read as two equally likely topics:
 * tests of what follows a clarifying question stay true whatever a retrained model makes of one
 * sentence (this one stopped clarifying twice).
 */
final class ClarifyingInterpreter implements Interpreter {

  static final String TWO_TOPICS = "french course with a creche for my kids";

  private final Interpreter shipped = MessageInterpreter.loadShipped(TestKnowledge.get().places());

  @Override
  public Understanding understand(Incoming incoming, Optional<Language> current,
      boolean placeExpected) {
    if (incoming.text().equals(TWO_TOPICS)) {
      return new Understanding(Language.EN, Topic.LEARN_FRENCH, 0.45,
          List.of(Topic.LEARN_FRENCH, Topic.EDUCATION_CHILDREN), Optional.empty(),
          Optional.empty(), Optional.empty());
    }
    return shipped.understand(incoming, current, placeExpected);
  }
}
