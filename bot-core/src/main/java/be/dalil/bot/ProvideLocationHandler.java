package be.dalil.bot;

import be.dalil.knowledge.Topic;
import java.util.Map;
import java.util.Optional;

/**
 * A message that only gives a place, with no topic pending or remembered: note it and ask what
 * the user needs. (With a remembered topic, {@link FollowUpInterceptor} sends the turn to that
 * topic's handler instead.)
 */
final class ProvideLocationHandler implements TopicHandler {

  private final ReplyComposer reply;

  ProvideLocationHandler(ReplyComposer reply) {
    this.reply = reply;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return turn.intent() == Topic.PROVIDE_LOCATION;
  }

  @Override
  public void handle(Turn turn) {
    if (turn.place.isEmpty()) {
      reply.say(turn, "place.notUnderstood");
      reply.askPlace(turn);
      return;
    }
    reply.say(turn, "place.noted", Map.of("place", reply.placeName(turn, turn.place.get())));
    if (turn.place.get().region() == be.dalil.knowledge.Region.WALLONIA) {
      reply.say(turn, "place.wallonia", Map.of("place", reply.placeName(turn, turn.place.get())));
    }
    reply.menu(turn, Optional.empty());
  }
}
