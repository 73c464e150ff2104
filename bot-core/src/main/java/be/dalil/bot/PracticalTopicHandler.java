package be.dalil.bot;

import be.dalil.knowledge.ActorSearch;
import be.dalil.knowledge.Topic;
import java.util.Optional;
import java.util.Set;

/**
 * One practical topic: the answer, then the nearest actors, or a request for the place when it is
 * not known yet. One instance per topic, so a topic can get its own handler when it needs one.
 */
final class PracticalTopicHandler implements TopicHandler {

  private final Topic topic;
  private final ReplyComposer reply;

  PracticalTopicHandler(Topic topic, ReplyComposer reply) {
    this.topic = topic;
    this.reply = reply;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return turn.intent() == topic;
  }

  @Override
  public void handle(Turn turn) {
    turn.state = turn.state.withTopic(topic);
    boolean followUp = turn.placeFollowUp;
    if (!followUp) {
      reply.answer(turn, topic);
    }
    if (turn.place.isEmpty()) {
      reply.askPlace(turn);
      turn.state = turn.state.withPending(Optional.of(ConversationState.Pending.PLACE));
      return;
    }
    turn.state = turn.state.withPending(Optional.empty());
    ActorSearch found = reply.actors(turn, Optional.of(topic), serviceLanguages(turn));
    if (found.reach() != ActorSearch.Reach.NEARBY || found.matches().isEmpty()) {
      reply.orientation(turn);
    }
    reply.topics(turn, ReplyComposer.related(topic));
  }

  /** "A doctor who speaks Arabic": the language the user wants to be served in. */
  private Set<String> serviceLanguages(Turn turn) {
    if (topic == Topic.LEARN_DUTCH || topic == Topic.LEARN_FRENCH) {
      return Set.of();
    }
    return turn.understanding.namedLanguage().map(l -> Set.of(l.code())).orElse(Set.of());
  }
}
