package be.dalil.bot.dialog;

/** Runs after the handler of every turn, in order: cross-cutting work on the outcome. */
interface ResponseInterceptor {

  Outcome after(Turn turn, Outcome outcome);
}
