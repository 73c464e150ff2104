package be.dalil.bot;

import be.dalil.i18n.Language;
import be.dalil.i18n.Messages;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.PlaceResolver;
import be.dalil.knowledge.Topic;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dialog engine's one entry point: an {@link Incoming} message goes in, a {@link Reply} comes
 * out. Channels only translate to and from these. Thread-safe; state lives in the
 * {@link ConversationStore}.
 */
public final class Assistant {

  /** The resource bundle of every reply text. */
  public static final String MESSAGES = "i18n/dialog";

  private final ConversationStore store;
  private final Clock clock;
  private final MessageInterpreter interpreter;
  private final PlaceResolver places;
  private final Messages messages;
  private final DialogDispatcher dispatcher;

  Assistant(KnowledgeBase knowledge, ConversationStore store, Clock clock,
      MessageInterpreter interpreter, int actorsPerReply) {
    this.store = store;
    this.clock = clock;
    this.interpreter = interpreter;
    this.places = knowledge.places();
    this.messages = new Messages(MESSAGES);
    ReplyComposer reply = new ReplyComposer(knowledge, messages, actorsPerReply);
    List<TopicHandler> handlers = new ArrayList<>();
    handlers.add(new ConversationHandlers.Clarify(reply));
    handlers.add(new EmergencyHandler(reply));
    handlers.add(new HumanCounsellorHandler(reply));
    handlers.add(new FindActorNearbyHandler(reply));
    for (Topic topic : Topic.practicalTopics()) {
      if (topic != Topic.EMERGENCY && topic != Topic.FIND_ACTOR_NEARBY) {
        handlers.add(new PracticalTopicHandler(topic, reply));
      }
    }
    handlers.add(new ProvideLocationHandler(reply));
    handlers.add(new ConversationHandlers.Say(Topic.GREETING, "greeting.reply", true, reply));
    handlers.add(new ConversationHandlers.Say(Topic.THANKS, "thanks.reply", false, reply));
    handlers.add(new ConversationHandlers.Say(Topic.GOODBYE, "goodbye.reply", false, reply));
    handlers.add(new ConversationHandlers.Say(Topic.HELP, "help.reply", true, reply));
    handlers.add(new ConversationHandlers.ChangeLanguage(reply));
    handlers.add(new ConversationHandlers.OutOfScope(reply));
    this.dispatcher = new DialogDispatcher(List.of(
        new Interceptors.LanguageChoice(),
        new Interceptors.PlaceMemory(places),
        new Interceptors.StartLinkWelcome(reply),
        new Interceptors.FollowUp()), handlers);
  }

  /**
   * Builds an assistant with the shipped NLU models.
   *
   * @param actorsPerReply how many actors a reply recommends
   */
  public static Assistant create(KnowledgeBase knowledge, ConversationStore store, Clock clock,
      int actorsPerReply) {
    return new Assistant(knowledge, store, clock,
        MessageInterpreter.loadShipped(knowledge.places()), actorsPerReply);
  }

  public Reply handle(Incoming incoming) {
    ConversationId id = incoming.conversationId();
    Optional<ConversationState> loaded = store.load(id);
    Optional<Language> known = loaded.map(ConversationState::language)
        .or(incoming::languageHint).or(incoming::clientLanguage);
    if (incoming.payload().orElse(null) instanceof Payload.Forget) {
      store.delete(id);
      Language language = known.orElse(Language.EN);
      return new Reply(id, language, Topic.HELP, 1.0, Optional.empty(),
          List.of(new ReplyPart.Text(messages.format(language, "forget.done"))), List.of());
    }
    ConversationState state = loaded.orElseGet(
        () -> ConversationState.start(id, known.orElse(Language.EN), clock.instant()));
    Understanding understanding = understand(incoming, known);
    Turn turn = new Turn(incoming, understanding, state);
    turn.fromPayload = incoming.payload().isPresent();
    dispatcher.dispatch(turn);
    ConversationState next = turn.state.touchedAt(clock.instant());
    store.save(next);
    return new Reply(id, next.language(), turn.intent(), understanding.confidence(), turn.place,
        turn.parts(), turn.actors());
  }

  /** Removes everything stored about a conversation. */
  public void forget(ConversationId id) {
    store.delete(id);
  }

  private Understanding understand(Incoming incoming, Optional<Language> known) {
    Language language = known.orElse(Language.EN);
    Optional<Payload> payload = incoming.payload();
    if (payload.isPresent()) {
      Payload p = payload.get();
      if (p instanceof Payload.ShowTopic show) {
        return tapped(language, show.topic(), Optional.empty(), Optional.empty());
      }
      if (p instanceof Payload.SwitchLanguage lang) {
        return tapped(lang.language(), Topic.CHANGE_LANGUAGE, Optional.empty(),
            Optional.of(lang.language()));
      }
      if (p instanceof Payload.ChoosePlace choose) {
        return tapped(language, Topic.PROVIDE_LOCATION, places.byId(choose.municipalityId())
            .map(Assistant::centreOf), Optional.empty());
      }
      if (p instanceof Payload.Languages) {
        return tapped(language, Topic.CHANGE_LANGUAGE, Optional.empty(), Optional.empty());
      }
      if (p instanceof Payload.Start start) {
        return tapped(start.link().language(), start.link().topic().orElse(Topic.HELP),
            start.link().municipalityId().flatMap(places::byId).map(Assistant::centreOf),
            Optional.empty());
      }
      return tapped(language, Topic.HELP, Optional.empty(), Optional.empty());
    }
    if (incoming.text().isBlank()) {
      return tapped(language, Topic.PROVIDE_LOCATION, Optional.empty(), Optional.empty());
    }
    return interpreter.interpret(incoming.text(), known);
  }

  private static Place centreOf(be.dalil.knowledge.Municipality m) {
    return new Place(m, m.mainPostcode().orElse(""), m.centre(), false);
  }

  private static Understanding tapped(Language language, Topic topic, Optional<Place> place,
      Optional<Language> named) {
    return new Understanding(language, topic, 1.0, List.of(), place, named);
  }
}
