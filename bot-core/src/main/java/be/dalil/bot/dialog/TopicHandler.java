package be.dalil.bot.dialog;

/**
 * Handles one kind of turn. The dialog asks each handler in order; the first that can, answers,
 * returning the reply and the new state as a value.
 */
interface TopicHandler {

  boolean canHandle(Turn turn);

  Outcome handle(Turn turn);
}
