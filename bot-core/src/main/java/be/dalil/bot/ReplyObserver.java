package be.dalil.bot;

import be.dalil.bot.message.Channel;
import be.dalil.bot.message.Reply;

/**
 * Told of every message the assistant answered or failed to answer, for metrics. Called on the
 * replying thread: implementations are cheap and never throw. The engine knows nothing of the
 * metrics library behind it.
 */
public interface ReplyObserver {

  /** Observes nothing. */
  ReplyObserver NONE = new ReplyObserver() {
    @Override
    public void replied(Channel channel, Reply reply, long nanos) {}

    @Override
    public void failed(Channel channel, RuntimeException error) {}
  };

  /** A reply was made in {@code nanos} nanoseconds. */
  void replied(Channel channel, Reply reply, long nanos);

  /** No reply could be made (the knowledge base or the store failed). */
  void failed(Channel channel, RuntimeException error);
}
