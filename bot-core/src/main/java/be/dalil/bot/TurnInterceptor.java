package be.dalil.bot;

/** Runs before the handler of every turn (language, place), in order. */
interface TurnInterceptor {

  void before(Turn turn);
}
