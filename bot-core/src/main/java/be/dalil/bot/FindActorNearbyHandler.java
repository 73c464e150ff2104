package be.dalil.bot;

import be.dalil.knowledge.Topic;
import java.util.Optional;
import java.util.Set;

/** "Who can help me near X": actors of any topic, nearest first. */
final class FindActorNearbyHandler implements TopicHandler {

  private final ReplyComposer reply;

  FindActorNearbyHandler(ReplyComposer reply) {
    this.reply = reply;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return turn.intent() == Topic.FIND_ACTOR_NEARBY;
  }

  @Override
  public void handle(Turn turn) {
    turn.state = turn.state.withTopic(Topic.FIND_ACTOR_NEARBY);
    if (turn.place.isEmpty()) {
      reply.say(turn, "nearby.intro");
      reply.askPlace(turn);
      turn.state = turn.state.withPending(Optional.of(ConversationState.Pending.PLACE));
      return;
    }
    turn.state = turn.state.withPending(Optional.empty());
    reply.actors(turn, Optional.empty(), Set.of());
    reply.menu(turn, Optional.empty());
  }
}
