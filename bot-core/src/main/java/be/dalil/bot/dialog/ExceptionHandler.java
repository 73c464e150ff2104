package be.dalil.bot.dialog;

/**
 * Turns an exception raised while handling a turn into an outcome. The dialog asks each in
 * order; when none can, the exception reaches the channel (which maps it to its own contract).
 */
interface ExceptionHandler {

  boolean canHandle(Turn turn, RuntimeException e);

  Outcome handle(Turn turn, RuntimeException e);
}
