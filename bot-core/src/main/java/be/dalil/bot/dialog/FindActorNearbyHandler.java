package be.dalil.bot.dialog;

import be.dalil.bot.conversation.ConversationState;
import be.dalil.knowledge.Topic;
import java.util.Optional;
import java.util.Set;

/** "Who can help me near X": actors of any topic, nearest first. */
final class FindActorNearbyHandler implements TopicHandler {

  private final ReplyServices replies;

  FindActorNearbyHandler(ReplyServices replies) {
    this.replies = replies;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return turn.intent() == Topic.FIND_ACTOR_NEARBY;
  }

  @Override
  public Outcome handle(Turn turn) {
    ReplyBuilder reply = replies.replyTo(turn).servicesAskedFirst(Topic.FIND_ACTOR_NEARBY)
        .answers(Topic.FIND_ACTOR_NEARBY);
    ConversationState next = turn.state().withTopic(Topic.FIND_ACTOR_NEARBY);
    if (turn.place().isEmpty()) {
      return reply.say("nearby.intro").askPlace()
          .save(next.withPending(Optional.of(ConversationState.Pending.PLACE)));
    }
    reply.actors(Optional.empty(), Set.of());
    return reply.menu().save(next.withPending(Optional.empty()));
  }
}
