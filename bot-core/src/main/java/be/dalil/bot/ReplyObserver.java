package be.dalil.bot;

import be.dalil.bot.message.Channel;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Reply;
import java.util.List;

/**
 * Told of every message the assistant answered or failed to answer, for metrics and for the
 * editors' list of unanswered questions. Called on the replying thread: implementations are cheap
 * and never throw. The engine knows nothing of the metrics library or store behind it.
 */
public interface ReplyObserver {

  /** Observes nothing. */
  ReplyObserver NONE = new ReplyObserver() {
    @Override
    public void replied(Channel channel, Incoming message, Reply reply, long nanos) {}

    @Override
    public void failed(Channel channel, RuntimeException error) {}
  };

  /** {@code reply} to {@code message} was made in {@code nanos} nanoseconds. */
  void replied(Channel channel, Incoming message, Reply reply, long nanos);

  /** No reply could be made (the knowledge base or the store failed). */
  void failed(Channel channel, RuntimeException error);

  /** Tells each of {@code observers}, in order. */
  static ReplyObserver all(ReplyObserver... observers) {
    List<ReplyObserver> each = List.of(observers);
    return new ReplyObserver() {
      @Override
      public void replied(Channel channel, Incoming message, Reply reply, long nanos) {
        each.forEach(o -> o.replied(channel, message, reply, nanos));
      }

      @Override
      public void failed(Channel channel, RuntimeException error) {
        each.forEach(o -> o.failed(channel, error));
      }
    };
  }
}
