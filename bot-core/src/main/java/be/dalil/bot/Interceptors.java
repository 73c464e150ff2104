package be.dalil.bot;

import be.dalil.i18n.Language;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.PlaceResolver;
import be.dalil.knowledge.Topic;
import java.util.Optional;
import java.util.Set;

/** What happens before every handler: language, place, follow-ups and start links. */
final class Interceptors {

  private Interceptors() {}

  /**
   * Sets the reply language: a language chosen in the client wins, then one asked for in the
   * message ("in English please"), then the detected language of the message.
   */
  static final class LanguageChoice implements TurnInterceptor {
    @Override
    public void before(Turn turn) {
      Language current = turn.state.language();
      Optional<Language> asked = turn.intent() == Topic.CHANGE_LANGUAGE
          ? turn.understanding.namedLanguage() : Optional.empty();
      Language chosen;
      boolean explicit;
      if (turn.incoming.languageHint().isPresent()) {
        chosen = turn.incoming.languageHint().get();
        explicit = true;
      } else if (asked.isPresent()) {
        chosen = asked.get();
        explicit = true;
      } else {
        chosen = turn.understanding.language();
        explicit = turn.state.languageChosen() && chosen == current;
      }
      turn.languageSwitched = asked.isPresent();
      turn.state = turn.state.withLanguage(chosen, explicit);
    }
  }

  /** Remembers a place named, tapped or shared in this message; else uses the remembered one. */
  static final class PlaceMemory implements TurnInterceptor {
    private final PlaceResolver places;

    PlaceMemory(PlaceResolver places) {
      this.places = places;
    }

    @Override
    public void before(Turn turn) {
      Optional<Place> now = turn.understanding.place();
      if (now.isEmpty() && turn.incoming.location().isPresent()) {
        now = Optional.of(places.placeAt(turn.incoming.location().get()));
      }
      if (now.isPresent()) {
        Place p = now.get();
        turn.state = turn.state.withPlace(ConversationState.SavedPlace.of(
            p.municipality().id(), p.postcode(), p.point(), p.exact()));
        turn.place = now;
        return;
      }
      turn.place = turn.state.place().flatMap(saved -> places.byId(saved.municipalityId())
          .map(m -> new Place(m, saved.postcode(), saved.point(), saved.exact())));
    }
  }

  /**
   * "And in Ghent?": a short message that gives a place while a topic is remembered keeps the
   * topic and changes the place.
   */
  static final class FollowUp implements TurnInterceptor {
    private static final Set<Topic> PLACE_ONLY = Set.of(Topic.PROVIDE_LOCATION,
        Topic.FIND_ACTOR_NEARBY, Topic.OUT_OF_SCOPE);
    private static final int MAX_WORDS = 6;

    @Override
    public void before(Turn turn) {
      boolean placeInMessage = turn.understanding.place().isPresent()
          || turn.incoming.location().isPresent();
      Optional<Topic> remembered = turn.state.topic();
      if (!placeInMessage || remembered.isEmpty() || turn.startTopic.isPresent()) {
        return;
      }
      boolean pending = turn.state.pending().isPresent();
      boolean shortMessage = turn.incoming.text().strip().split("\\s+").length <= MAX_WORDS;
      boolean placeOnly = PLACE_ONLY.contains(turn.intent()) || turn.understanding.needsClarification();
      if (placeOnly && (pending || shortMessage)) {
        turn.intent(remembered.get());
        // Pending: the answer was already given, only the actors are missing.
        turn.placeFollowUp = true;
      }
    }
  }

  /** A counsellor link: welcome, then the linked topic's answer for the linked place. */
  static final class StartLinkWelcome implements TurnInterceptor {
    private final ReplyComposer reply;

    StartLinkWelcome(ReplyComposer reply) {
      this.reply = reply;
    }

    @Override
    public void before(Turn turn) {
      if (turn.incoming.payload().orElse(null) instanceof Payload.Start start) {
        turn.state = turn.state.withLanguage(start.link().language(), true);
        reply.say(turn, "start.welcome");
        turn.startTopic = start.link().topic();
        turn.intent(start.link().topic().orElse(Topic.HELP));
      }
    }
  }

}
