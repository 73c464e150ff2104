package be.dalil.bot.dialog;

import be.dalil.knowledge.Topic;
import java.util.Optional;

/** Emergencies: the numbers first, never a question back; actors only when the place is known. */
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
    ReplyBuilder reply = replies.replyTo(turn).answers(Topic.EMERGENCY).answer(Topic.EMERGENCY);
    if (turn.place().isPresent()) {
      reply.helplines();
    }
    return reply.save(turn.state().withTopic(Topic.EMERGENCY).withPending(Optional.empty()));
  }
}
