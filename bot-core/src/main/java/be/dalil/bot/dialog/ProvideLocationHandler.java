package be.dalil.bot.dialog;

import be.dalil.knowledge.Region;
import be.dalil.knowledge.Topic;

/**
 * A message that only gives a place, with no topic pending or remembered: note it and ask what
 * the user needs. (With a remembered topic, the follow-up interceptor routes the turn to that
 * topic's handler instead.)
 */
final class ProvideLocationHandler implements TopicHandler {

  private final ReplyServices replies;

  ProvideLocationHandler(ReplyServices replies) {
    this.replies = replies;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return turn.intent() == Topic.PROVIDE_LOCATION;
  }

  @Override
  public Outcome handle(Turn turn) {
    ReplyBuilder reply = replies.replyTo(turn);
    if (turn.place().isEmpty()) {
      return reply.say("place.notUnderstood").askPlace().save(turn.state());
    }
    reply.sayAboutPlace("place.noted");
    if (turn.place().get().region() == Region.WALLONIA) {
      reply.sayAboutPlace("place.wallonia");
    }
    return reply.menu().save(turn.state());
  }
}
