package be.dalil.bot;

import be.dalil.bot.message.Channel;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Reply;
import be.dalil.knowledge.Topic;
import be.dalil.knowledge.unanswered.UnansweredQuestion;
import be.dalil.knowledge.unanswered.UnansweredQuestions;
import java.util.Optional;

/**
 * Counts the typed messages Dalil could not answer (out of scope, or not sure which topic was
 * meant) for the editors: the masked text, its language, the closest topic and the municipality,
 * never the conversation. Tapped buttons and shared locations are not questions.
 */
public final class UnansweredQuestionObserver implements ReplyObserver {

  private final UnansweredQuestions questions;

  public UnansweredQuestionObserver(UnansweredQuestions questions) {
    this.questions = questions;
  }

  @Override
  public void replied(Channel channel, Incoming message, Reply reply, long nanos) {
    if (reply.resolution() == Reply.Resolution.ANSWERED || message.text().isBlank()
        || message.payload().isPresent()) {
      return;
    }
    Optional<String> topic = Optional.of(reply.intent()).filter(t -> t != Topic.OUT_OF_SCOPE)
        .map(Topic::id);
    questions.record(new UnansweredQuestion(message.text(), reply.language(), topic,
        reply.place().map(place -> place.municipality().id())));
  }

  @Override
  public void failed(Channel channel, RuntimeException error) {
    // A failure is an operator's matter (metrics), not a gap in what Dalil knows.
  }
}
