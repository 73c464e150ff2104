package be.dalil.bot.dialog;

/** Runs before the handler of every turn, in order; returns the turn as it decided it. */
interface RequestInterceptor {

  Turn before(Turn turn);
}
