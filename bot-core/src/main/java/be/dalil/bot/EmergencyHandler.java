package be.dalil.bot;

import be.dalil.knowledge.Topic;
import java.util.Optional;
import java.util.Set;

/** Emergencies: the numbers first, never a question back; actors only when the place is known. */
final class EmergencyHandler implements TopicHandler {

  private final ReplyComposer reply;

  EmergencyHandler(ReplyComposer reply) {
    this.reply = reply;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return turn.intent() == Topic.EMERGENCY;
  }

  @Override
  public void handle(Turn turn) {
    turn.state = turn.state.withTopic(Topic.EMERGENCY).withPending(Optional.empty());
    reply.answer(turn, Topic.EMERGENCY);
    if (turn.place.isPresent()) {
      reply.actors(turn, Optional.of(Topic.EMERGENCY), Set.of());
    }
  }
}
