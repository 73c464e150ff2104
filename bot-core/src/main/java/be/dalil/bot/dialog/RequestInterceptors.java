package be.dalil.bot.dialog;

import be.dalil.bot.conversation.ConversationState;
import be.dalil.bot.message.Payload;
import be.dalil.i18n.Language;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.PlaceResolver;
import be.dalil.knowledge.Topic;
import java.util.Optional;
import java.util.Set;

/** What is decided before every handler: the language, the place, start links and follow-ups. */
final class RequestInterceptors {

  private RequestInterceptors() {}

  /**
   * The reply language: a language chosen in the client wins, then one asked for in the message
   * ("in English please", "where do I register? answer in Arabic"), then the detected language
   * of the message.
   */
  static final class LanguageChoice implements RequestInterceptor {
    @Override
    public Turn before(Turn turn) {
      Language current = turn.state().language();
      Optional<Language> asked = turn.intent() == Topic.CHANGE_LANGUAGE
          ? turn.understanding().namedLanguage() : Optional.empty();
      Optional<Language> hint = turn.incoming().languageHint();
      if (hint.isPresent()) {
        return turn.withState(turn.state().withLanguage(hint.get(), true));
      }
      if (asked.isPresent()) {
        return turn.withState(turn.state().withLanguage(asked.get(), true));
      }
      if (turn.understanding().languageAsked()) {
        return turn.withState(turn.state().withLanguage(turn.understanding().language(), true));
      }
      Language detected = turn.understanding().language();
      boolean stillChosen = turn.state().languageChosen() && detected == current;
      return turn.withState(turn.state().withLanguage(detected, stillChosen));
    }
  }

  /** Remembers a place named, tapped or shared in this message; else uses the remembered one. */
  static final class PlaceMemory implements RequestInterceptor {
    private final PlaceResolver places;

    PlaceMemory(PlaceResolver places) {
      this.places = places;
    }

    @Override
    public Turn before(Turn turn) {
      Optional<Place> now = turn.understanding().place()
          .or(() -> turn.incoming().location().flatMap(places::placeAt));
      if (now.isPresent()) {
        Place p = now.get();
        return turn.withState(turn.state().withPlace(ConversationState.SavedPlace.of(
            p.municipality().id(), p.postcode(), p.point(), p.exact()))).withPlace(now);
      }
      return turn.withPlace(turn.state().place().flatMap(saved ->
          places.byId(saved.municipalityId())
              .map(m -> new Place(m, saved.postcode(), saved.point(), saved.exact()))));
    }
  }

  /** A counsellor link opens in its language, on its topic (the welcome is added after). */
  static final class StartLinkRoute implements RequestInterceptor {
    @Override
    public Turn before(Turn turn) {
      if (!(turn.incoming().payload().orElse(null) instanceof Payload.Start start)) {
        return turn;
      }
      return turn.withState(turn.state().withLanguage(start.link().language(), true))
          .routed(start.link().topic().orElse(Topic.HELP), new Route.Link(start.link()));
    }
  }

  /**
   * "And in Ghent?": a short message that gives a place while a topic is remembered keeps the
   * topic and changes the place.
   */
  static final class PlaceFollowUp implements RequestInterceptor {
    private static final Set<Topic> PLACE_ONLY = Set.of(Topic.PROVIDE_LOCATION,
        Topic.FIND_ACTOR_NEARBY, Topic.OUT_OF_SCOPE);
    private static final int MAX_WORDS = 6;

    @Override
    public Turn before(Turn turn) {
      boolean placeInMessage = turn.understanding().place().isPresent()
          || turn.incoming().location().isPresent();
      Optional<Topic> remembered = turn.state().topic();
      if (!placeInMessage || remembered.isEmpty() || turn.route() instanceof Route.Link) {
        return turn;
      }
      boolean pending = turn.state().pending().isPresent();
      boolean shortMessage = turn.incoming().text().strip().split("\\s+").length <= MAX_WORDS;
      boolean placeOnly = PLACE_ONLY.contains(turn.intent())
          || turn.understanding().needsClarification();
      if (placeOnly && (pending || shortMessage)) {
        return turn.routed(remembered.get(), new Route.PlaceFollowUp(remembered.get()));
      }
      return turn;
    }
  }

  /**
   * "I am homeless in Antwerp, where can I sleep tonight" got rental sites first: a need stated
   * beside the question ({@code Understanding#helpFirst}) is answered first, and the question's
   * own topic is offered after it.
   */
  static final class HelpFirstRoute implements RequestInterceptor {
    @Override
    public Turn before(Turn turn) {
      if (!(turn.route() instanceof Route.Direct)) {
        return turn;
      }
      return turn.understanding().helpFirst().filter(first -> first != turn.intent())
          .map(first -> turn.routed(first, new Route.HelpFirst(turn.intent())))
          .orElse(turn);
    }
  }
}
