package be.dalil.bot.nlu;

import be.dalil.bot.message.Incoming;
import be.dalil.i18n.Language;
import java.util.Optional;

/**
 * What a message means in its conversation. {@link MessageInterpreter} reads it with the models
 * shipped in the jar; the dialog depends only on this, so that tests of what follows a reading
 * (a clarifying question, an unanswered question for the editors) need not depend on how the
 * model, retrained, reads one sentence.
 */
@FunctionalInterface
public interface Interpreter {

  /**
   * What a message means.
   *
   * @param current the conversation's language (else the client's), if any
   * @param placeExpected the conversation just asked where the user is
   */
  Understanding understand(Incoming incoming, Optional<Language> current, boolean placeExpected);
}
