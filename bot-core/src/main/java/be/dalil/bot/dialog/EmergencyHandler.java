package be.dalil.bot.dialog;

import be.dalil.bot.nlu.EmergencyKind;
import be.dalil.knowledge.Topic;
import java.util.List;
import java.util.Optional;

/**
 * Emergencies: the numbers first, never a question back; the right ones first for the kind of
 * emergency (a sick person, a poisoning, violence...); actors only when the place is known.
 */
final class EmergencyHandler implements TopicHandler {

  private final ReplyServices replies;

  EmergencyHandler(ReplyServices replies) {
    this.replies = replies;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return turn.intent() == Topic.EMERGENCY;
  }

  @Override
  public Outcome handle(Turn turn) {
    List<EmergencyKind> kinds = turn.understanding().emergencies();
    ReplyBuilder reply = replies.replyTo(turn).answers(Topic.EMERGENCY)
        .emergencyFirstSteps(kinds).answer(Topic.EMERGENCY);
    if (turn.place().isPresent()) {
      reply.helplines(kinds);
    }
    return reply.save(turn.state().withTopic(Topic.EMERGENCY).withPending(Optional.empty()));
  }
}
