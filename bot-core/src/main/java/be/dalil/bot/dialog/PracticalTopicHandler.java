package be.dalil.bot.dialog;

import be.dalil.bot.conversation.ConversationState;
import be.dalil.knowledge.ActorSearch;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One practical topic: the answer, then the nearest actors, or a request for the place when it is
 * not known yet. One instance per topic, so a topic can get its own handler when it needs one.
 */
final class PracticalTopicHandler implements TopicHandler {

  /**
   * Topics whose services are the same wherever one lives: the tax administration is federal, so
   * asking "where do you live?" before its card would only cost the person a turn.
   */
  private static final Set<Topic> SERVED_THE_SAME_EVERYWHERE = Set.of(Topic.TAXES);

  private final Topic topic;
  private final ReplyServices replies;

  PracticalTopicHandler(Topic topic, ReplyServices replies) {
    this.topic = topic;
    this.replies = replies;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return turn.intent() == topic;
  }

  @Override
  public Outcome handle(Turn turn) {
    ReplyBuilder reply = replies.replyTo(turn).answers(topic);
    ConversationState next = turn.state().withTopic(topic);
    if (!(turn.route() instanceof Route.PlaceFollowUp)) {
      // A follow-up was answered already; only the actors for the new place are missing.
      reply.servicesAskedFirst(topic).answer(topic);
    }
    if (turn.place().isEmpty() && !SERVED_THE_SAME_EVERYWHERE.contains(topic)) {
      return reply.askPlace().save(next.withPending(Optional.of(ConversationState.Pending.PLACE)));
    }
    ActorSearch found = reply.actors(Optional.of(topic), serviceLanguages(turn));
    if (found.reach() != ActorSearch.Reach.NEARBY || found.matches().isEmpty()) {
      reply.orientation();
    }
    List<Topic> buttons = new ArrayList<>(
        TopicMenu.related(topic, turn.place().map(Place::region)));
    Optional<Topic> also = turn.route() instanceof Route.HelpFirst first
        ? Optional.of(first.asked()).filter(Topic::isPractical)
        : turn.understanding().alsoAsked().filter(t -> t != topic);
    if (also.isPresent()) {
      // "Where do we register, and how do we find a doctor?": the second question's topic first,
      // and those of a list after it ("Register, bank, insurance?").
      List<Topic> asked = new ArrayList<>(List.of(also.get()));
      if (!(turn.route() instanceof Route.HelpFirst)) {
        turn.understanding().alsoListed().stream()
            .filter(t -> t != topic && !asked.contains(t)).forEach(asked::add);
      }
      reply.alsoAsked(asked);
      buttons.removeAll(asked);
      buttons.addAll(0, asked);
    }
    return reply.topics(buttons).save(next.withPending(Optional.empty()));
  }

  /**
   * "A doctor who speaks Arabic": the language the user wants to be served in. Not for learning a
   * language (it names the language to learn), nor for a job: "je cherche du travail à Gand, je
   * parle arabe et français" names what the person can offer, and filtering the employment
   * services by it answered "I know no organisation near Ghent that helps in French".
   */
  private Set<String> serviceLanguages(Turn turn) {
    if (topic == Topic.LEARN_DUTCH || topic == Topic.LEARN_FRENCH || topic == Topic.FIND_JOB) {
      return Set.of();
    }
    return turn.understanding().namedLanguage().map(l -> Set.of(l.code())).orElse(Set.of());
  }
}
