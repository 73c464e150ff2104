package be.dalil.bot;

import java.util.List;

/** Runs the interceptors, then the first handler that can handle the turn. */
final class DialogDispatcher {

  private final List<TurnInterceptor> interceptors;
  private final List<TopicHandler> handlers;

  DialogDispatcher(List<TurnInterceptor> interceptors, List<TopicHandler> handlers) {
    this.interceptors = List.copyOf(interceptors);
    this.handlers = List.copyOf(handlers);
  }

  void dispatch(Turn turn) {
    for (TurnInterceptor interceptor : interceptors) {
      interceptor.before(turn);
    }
    for (TopicHandler handler : handlers) {
      if (handler.canHandle(turn)) {
        handler.handle(turn);
        return;
      }
    }
    throw new IllegalStateException("no handler for " + turn.intent());
  }
}
