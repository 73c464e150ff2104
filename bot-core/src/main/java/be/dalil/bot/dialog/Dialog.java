package be.dalil.bot.dialog;

import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.conversation.ConversationState;
import be.dalil.bot.conversation.ConversationStore;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Reply;
import be.dalil.bot.nlu.Interpreter;
import be.dalil.bot.nlu.Understanding;
import be.dalil.i18n.Language;
import be.dalil.i18n.Messages;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.Topic;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The dialog engine, dispatching as the Alexa Skills Kit SDK does: the message is understood, the
 * request interceptors decide the turn (language, place, route), the first handler that can
 * answers with a reply and the new state, the response interceptors do the cross-cutting work
 * (the welcome of a link, keeping the state), and exception handlers may turn a failure into a
 * reply. Thread-safe; state lives in the {@link ConversationStore}.
 */
public final class Dialog {

  /** The resource bundle of every reply text. */
  public static final String MESSAGES = "i18n/dialog";

  private final ConversationStore store;
  private final Interpreter interpreter;
  private final Clock clock;
  private final List<RequestInterceptor> requestInterceptors;
  private final List<TopicHandler> handlers;
  private final List<ResponseInterceptor> responseInterceptors;
  private final List<ExceptionHandler> exceptionHandlers;

  private Dialog(Builder builder) {
    this.store = builder.store;
    this.interpreter = builder.interpreter;
    this.clock = builder.clock;
    this.requestInterceptors = List.copyOf(builder.requestInterceptors);
    this.handlers = List.copyOf(builder.handlers);
    this.responseInterceptors = List.copyOf(builder.responseInterceptors);
    this.exceptionHandlers = List.copyOf(builder.exceptionHandlers);
  }

  /**
   * Dalil's dialog: every handler and interceptor, registered here in order (the first handler
   * that can handle a turn answers it).
   */
  public static Dialog standard(KnowledgeBase knowledge, ConversationStore store,
      Interpreter interpreter, Clock clock, int actorsPerReply) {
    Messages messages = new Messages(MESSAGES);
    ReplyServices replies = new ReplyServices(knowledge, messages, actorsPerReply);
    Builder dialog = new Builder(store, interpreter, clock)
        .requestInterceptor(new RequestInterceptors.LanguageChoice())
        .requestInterceptor(new RequestInterceptors.PlaceMemory(knowledge.places()))
        .requestInterceptor(new RequestInterceptors.StartLinkRoute())
        .requestInterceptor(new RequestInterceptors.PlaceFollowUp())
        .requestInterceptor(new RequestInterceptors.HelpFirstRoute())
        .handler(new SmallTalkHandlers.Forget(replies))
        .handler(new SmallTalkHandlers.OfferToForget(replies, ForgetRequests.load()))
        .handler(new SmallTalkHandlers.Clarify(replies))
        .handler(new EmergencyHandler(replies))
        .handler(new LocationOutsideBelgiumHandler(replies))
        .handler(new HumanCounsellorHandler(replies))
        .handler(new FindActorNearbyHandler(replies));
    for (Topic topic : Topic.practicalTopics()) {
      if (topic != Topic.EMERGENCY && topic != Topic.FIND_ACTOR_NEARBY) {
        dialog.handler(new PracticalTopicHandler(topic, replies));
      }
    }
    return dialog
        .handler(new ProvideLocationHandler(replies))
        .handler(new SmallTalkHandlers.Say(Topic.GREETING, "greeting.reply", true, replies))
        .handler(new SmallTalkHandlers.Say(Topic.THANKS, "thanks.reply", false, replies))
        .handler(new SmallTalkHandlers.Say(Topic.GOODBYE, "goodbye.reply", false, replies))
        .handler(new SmallTalkHandlers.Say(Topic.HELP, "help.reply", true, replies))
        .handler(new SmallTalkHandlers.ChangeLanguage(replies))
        .handler(new SmallTalkHandlers.OutOfScope(replies))
        .responseInterceptor(new ResponseInterceptors.StartLinkWelcome(messages))
        .responseInterceptor(new ResponseInterceptors.KeepState(store, clock))
        .build();
  }

  /** Answers one message and keeps (or forgets) the conversation's state. */
  public Reply respond(Incoming incoming) {
    ConversationId id = incoming.conversationId();
    Optional<ConversationState> stored = store.load(id);
    Optional<Language> known = stored.map(ConversationState::language)
        .or(incoming::languageHint).or(incoming::clientLanguage);
    ConversationState state = stored.orElseGet(
        () -> ConversationState.start(id, known.orElse(Language.EN), clock.instant()));
    boolean placeExpected = stored.flatMap(ConversationState::pending)
        .filter(p -> p == ConversationState.Pending.PLACE).isPresent();
    Understanding understanding = interpreter.understand(incoming, known, placeExpected);
    Turn turn = Turn.of(incoming, stored, understanding, state);
    for (RequestInterceptor interceptor : requestInterceptors) {
      turn = interceptor.before(turn);
    }
    TopicHandler handler = handlerFor(turn);
    Outcome outcome = handle(turn, handler);
    for (ResponseInterceptor interceptor : responseInterceptors) {
      outcome = interceptor.after(turn, outcome);
    }
    Reply.Resolution resolution = handler instanceof SmallTalkHandlers.Clarify
        ? Reply.Resolution.CLARIFYING
        : handler instanceof SmallTalkHandlers.OutOfScope ? Reply.Resolution.OUT_OF_SCOPE
        : Reply.Resolution.ANSWERED;
    return new Reply(id, outcome.language(), outcome.intent(), outcome.answered(),
        understanding.confidence(), outcome.place(), outcome.parts(), outcome.actors(),
        resolution);
  }

  private Outcome handle(Turn turn, TopicHandler topicHandler) {
    try {
      return topicHandler.handle(turn);
    } catch (RuntimeException e) {
      for (ExceptionHandler handler : exceptionHandlers) {
        if (handler.canHandle(turn, e)) {
          return handler.handle(turn, e);
        }
      }
      throw e;
    }
  }

  private TopicHandler handlerFor(Turn turn) {
    for (TopicHandler handler : handlers) {
      if (handler.canHandle(turn)) {
        return handler;
      }
    }
    throw new IllegalStateException("no handler for " + turn.intent());
  }

  /** Registers the parts of a dialog, each kind in the order it runs. */
  static final class Builder {
    private final ConversationStore store;
    private final Interpreter interpreter;
    private final Clock clock;
    private final List<RequestInterceptor> requestInterceptors = new ArrayList<>();
    private final List<TopicHandler> handlers = new ArrayList<>();
    private final List<ResponseInterceptor> responseInterceptors = new ArrayList<>();
    private final List<ExceptionHandler> exceptionHandlers = new ArrayList<>();

    Builder(ConversationStore store, Interpreter interpreter, Clock clock) {
      this.store = store;
      this.interpreter = interpreter;
      this.clock = clock;
    }

    Builder requestInterceptor(RequestInterceptor interceptor) {
      requestInterceptors.add(interceptor);
      return this;
    }

    Builder handler(TopicHandler handler) {
      handlers.add(handler);
      return this;
    }

    Builder responseInterceptor(ResponseInterceptor interceptor) {
      responseInterceptors.add(interceptor);
      return this;
    }

    Builder exceptionHandler(ExceptionHandler handler) {
      exceptionHandlers.add(handler);
      return this;
    }

    Dialog build() {
      return new Dialog(this);
    }
  }
}
