package be.dalil.bot;

import be.dalil.knowledge.Topic;
import java.util.Optional;

/** The small talk handlers: greeting, thanks, goodbye, help, language, clarification, fallback. */
final class ConversationHandlers {

  private ConversationHandlers() {}

  /**
   * Small talk answered with one localized text, optionally followed by the topic menu: one
   * instance per topic (greeting, thanks, goodbye, help).
   */
  static final class Say implements TopicHandler {
    private final Topic topic;
    private final String key;
    private final boolean menu;
    private final ReplyComposer reply;

    Say(Topic topic, String key, boolean menu, ReplyComposer reply) {
      this.topic = topic;
      this.key = key;
      this.menu = menu;
      this.reply = reply;
    }

    @Override
    public boolean canHandle(Turn turn) {
      return turn.intent() == topic;
    }

    @Override
    public void handle(Turn turn) {
      reply.say(turn, key);
      if (menu) {
        reply.menu(turn, Optional.empty());
      }
    }
  }

  static final class ChangeLanguage implements TopicHandler {
    private final ReplyComposer reply;

    ChangeLanguage(ReplyComposer reply) {
      this.reply = reply;
    }

    @Override
    public boolean canHandle(Turn turn) {
      return turn.intent() == Topic.CHANGE_LANGUAGE;
    }

    @Override
    public void handle(Turn turn) {
      if (turn.languageSwitched) {
        reply.say(turn, "language.switched");
        reply.menu(turn, Optional.empty());
      } else {
        reply.say(turn, "language.choose");
        reply.languages(turn);
      }
    }
  }

  /** Two or three topics are close: ask which one, with them as quick replies. */
  static final class Clarify implements TopicHandler {
    private final ReplyComposer reply;

    Clarify(ReplyComposer reply) {
      this.reply = reply;
    }

    @Override
    public boolean canHandle(Turn turn) {
      return !turn.fromPayload && turn.understanding.needsClarification()
          && !turn.placeFollowUp;
    }

    @Override
    public void handle(Turn turn) {
      reply.say(turn, "clarify.question");
      reply.topics(turn, turn.understanding.close());
    }
  }

  /** Anything else: an honest "I can't help with that" and the menu. */
  static final class OutOfScope implements TopicHandler {
    private final ReplyComposer reply;

    OutOfScope(ReplyComposer reply) {
      this.reply = reply;
    }

    @Override
    public boolean canHandle(Turn turn) {
      return true;
    }

    @Override
    public void handle(Turn turn) {
      turn.intent(Topic.OUT_OF_SCOPE);
      reply.say(turn, "fallback.reply");
      reply.menu(turn, Optional.empty());
    }
  }
}
