package be.dalil.bot.dialog;

import be.dalil.bot.conversation.ConversationState;
import be.dalil.bot.message.Payload;
import be.dalil.bot.message.ReplyPart;
import be.dalil.bot.nlu.Understanding;
import be.dalil.i18n.Language;
import be.dalil.knowledge.Topic;
import java.util.List;
import java.util.Optional;

/** The conversational handlers: small talk, language, clarification, forget and the fallback. */
final class SmallTalkHandlers {

  private SmallTalkHandlers() {}

  /**
   * Small talk answered with one localized text, optionally followed by the topic menu: one
   * instance per topic (greeting, thanks, goodbye, help).
   */
  static final class Say implements TopicHandler {
    private final Topic topic;
    private final String key;
    private final boolean menu;
    private final ReplyServices replies;

    Say(Topic topic, String key, boolean menu, ReplyServices replies) {
      this.topic = topic;
      this.key = key;
      this.menu = menu;
      this.replies = replies;
    }

    @Override
    public boolean canHandle(Turn turn) {
      return turn.intent() == topic;
    }

    @Override
    public Outcome handle(Turn turn) {
      ReplyBuilder reply = replies.replyTo(turn).say(key);
      if (menu) {
        reply.menu();
      }
      return reply.save(turn.state());
    }
  }

  /** A language asked for ("in English please", a tapped button) or the choice of languages. */
  static final class ChangeLanguage implements TopicHandler {
    private final ReplyServices replies;

    ChangeLanguage(ReplyServices replies) {
      this.replies = replies;
    }

    @Override
    public boolean canHandle(Turn turn) {
      return turn.intent() == Topic.CHANGE_LANGUAGE;
    }

    @Override
    public Outcome handle(Turn turn) {
      ReplyBuilder reply = replies.replyTo(turn);
      if (turn.understanding().namedLanguage().isPresent()) {
        // The language interceptor switched to it.
        reply.say("language.switched").menu();
      } else {
        reply.say("language.choose").languages();
      }
      return reply.save(turn.state());
    }
  }

  /** Two or three topics are close: ask which one, with them as quick replies. */
  static final class Clarify implements TopicHandler {
    private final ReplyServices replies;

    Clarify(ReplyServices replies) {
      this.replies = replies;
    }

    @Override
    public boolean canHandle(Turn turn) {
      return !turn.fromPayload() && turn.understanding().needsClarification()
          && !(turn.route() instanceof Route.PlaceFollowUp)
          && !(turn.route() instanceof Route.HelpFirst);
    }

    @Override
    public Outcome handle(Turn turn) {
      return replies.replyTo(turn).say("clarify.question")
          .topics(turn.understanding().close()).save(turn.state());
    }
  }

  /** "Forget me": everything stored about the conversation goes; the reply says so. */
  static final class Forget implements TopicHandler {
    private final ReplyServices replies;

    Forget(ReplyServices replies) {
      this.replies = replies;
    }

    @Override
    public boolean canHandle(Turn turn) {
      return turn.incoming().payload().orElse(null) instanceof Payload.Forget;
    }

    @Override
    public Outcome handle(Turn turn) {
      // The language the user was last spoken to in, not one this message would switch to.
      Language language = turn.stored().map(ConversationState::language)
          .or(turn.incoming()::languageHint).or(turn.incoming()::clientLanguage)
          .orElse(Language.EN);
      return new Outcome(language, Topic.HELP, Optional.empty(), Optional.empty(),
          List.of(new ReplyPart.Text(replies.messages.format(language, "forget.done"))),
          new Outcome.Change.Forget());
    }
  }

  /**
   * "Forget me" written as a message: says what forgetting does and offers it as a button, whose
   * payload the {@link Forget} handler carries out (one tap, in every channel). A message that
   * may be an emergency is left to the emergency handler: urgent help comes first.
   */
  static final class OfferToForget implements TopicHandler {
    private static final double CONFIDENT_EMERGENCY = 0.6;
    private final ReplyServices replies;
    private final ForgetRequests requests;

    OfferToForget(ReplyServices replies, ForgetRequests requests) {
      this.replies = replies;
      this.requests = requests;
    }

    @Override
    public boolean canHandle(Turn turn) {
      return !turn.fromPayload() && !mayBeUrgent(turn.understanding())
          && requests.asksToForget(turn.incoming().text());
    }

    /**
     * A sign of danger, or a confident or close reading as an emergency. A weak one without a
     * sign is no reason to answer with the emergency numbers: "احذف بياناتي من فضلك" (please
     * delete my data) read as an emergency at 0.47, the words for deleting being rare.
     */
    private static boolean mayBeUrgent(Understanding understanding) {
      return !understanding.emergencies().isEmpty()
          || understanding.close().contains(Topic.EMERGENCY)
          || understanding.intent() == Topic.EMERGENCY
              && understanding.confidence() >= CONFIDENT_EMERGENCY;
    }

    @Override
    public Outcome handle(Turn turn) {
      return replies.replyTo(turn).intent(Topic.HELP).say("forget.offer")
          .forgetButton().save(turn.state());
    }
  }

  /** Anything else: an honest "I can't help with that" and the menu. */
  static final class OutOfScope implements TopicHandler {
    private final ReplyServices replies;

    OutOfScope(ReplyServices replies) {
      this.replies = replies;
    }

    @Override
    public boolean canHandle(Turn turn) {
      return true;
    }

    @Override
    public Outcome handle(Turn turn) {
      ReplyBuilder reply = replies.replyTo(turn).intent(Topic.OUT_OF_SCOPE);
      Optional<Topic> maybe = turn.understanding().alsoAsked();
      // "ma soeur est malade" is out of scope at 0.45 and about doctors at 0.32: rather than
      // "I cannot help with that", doctors right after the emergency numbers.
      if (maybe.isPresent()) {
        reply.mayBeAbout(maybe.get());
      } else {
        reply.say("fallback.reply");
      }
      return reply.menu(maybe).save(turn.state());
    }
  }
}
