package be.dalil.bot;

import be.dalil.knowledge.Topic;
import java.util.Optional;
import java.util.Set;

/**
 * "I want to talk to a person": the nearest welcome office (integration agency, bon, BAPA) with
 * its contact details.
 */
final class HumanCounsellorHandler implements TopicHandler {

  private final ReplyComposer reply;

  HumanCounsellorHandler(ReplyComposer reply) {
    this.reply = reply;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return turn.intent() == Topic.HUMAN_COUNSELLOR;
  }

  @Override
  public void handle(Turn turn) {
    turn.state = turn.state.withTopic(Topic.HUMAN_COUNSELLOR);
    reply.say(turn, "counsellor.intro");
    if (turn.place.isEmpty()) {
      reply.askPlace(turn);
      turn.state = turn.state.withPending(Optional.of(ConversationState.Pending.PLACE));
      return;
    }
    turn.state = turn.state.withPending(Optional.empty());
    if (reply.actors(turn, Optional.of(Topic.CIVIC_INTEGRATION), Set.of()).matches().isEmpty()) {
      reply.actors(turn, Optional.of(Topic.SOCIAL_WELFARE), Set.of());
    }
  }
}
