package be.dalil.bot.dialog;

import be.dalil.bot.conversation.ConversationState;
import be.dalil.knowledge.Topic;
import java.util.Optional;
import java.util.Set;

/**
 * "I want to talk to a person": the nearest welcome office (integration agency, bon, BAPA) with
 * its contact details.
 */
final class HumanCounsellorHandler implements TopicHandler {

  private final ReplyServices replies;

  HumanCounsellorHandler(ReplyServices replies) {
    this.replies = replies;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return turn.intent() == Topic.HUMAN_COUNSELLOR;
  }

  @Override
  public Outcome handle(Turn turn) {
    ReplyBuilder reply = replies.replyTo(turn).answers(Topic.HUMAN_COUNSELLOR)
        .say("counsellor.intro");
    ConversationState next = turn.state().withTopic(Topic.HUMAN_COUNSELLOR);
    if (turn.place().isEmpty()) {
      return reply.askPlace().save(next.withPending(Optional.of(ConversationState.Pending.PLACE)));
    }
    if (reply.actors(Optional.of(Topic.CIVIC_INTEGRATION), Set.of()).matches().isEmpty()) {
      reply.actors(Optional.of(Topic.SOCIAL_WELFARE), Set.of());
    }
    return reply.save(next.withPending(Optional.empty()));
  }
}
