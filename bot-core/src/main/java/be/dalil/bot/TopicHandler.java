package be.dalil.bot;

/** Handles one kind of turn. The dispatcher asks each handler in order; the first that can, does. */
interface TopicHandler {

  boolean canHandle(Turn turn);

  void handle(Turn turn);
}
