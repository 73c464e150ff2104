package be.dalil.bot.dialog;

import be.dalil.bot.message.StartLink;
import be.dalil.knowledge.Topic;

/**
 * How a turn reached its handler, decided by the request interceptors: the handler and the
 * response interceptors read it instead of flags.
 */
sealed interface Route {

  /** The message is answered for what it says. */
  record Direct() implements Route {}

  /**
   * A short message that only gives a place while a topic is remembered ("and in Ghent?"): the
   * remembered topic, answered for the new place.
   */
  record PlaceFollowUp(Topic topic) implements Route {}

  /**
   * A need stated beside the question comes first ("I am homeless, where can I rent a room?"):
   * the need's topic is answered, and the topic asked is offered after it.
   */
  record HelpFirst(Topic asked) implements Route {}

  /** A counsellor link: a welcome, then the linked topic at the linked place. */
  record Link(StartLink link) implements Route {}
}
