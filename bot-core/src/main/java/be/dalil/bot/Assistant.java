package be.dalil.bot;

import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.conversation.ConversationStore;
import be.dalil.bot.dialog.Dialog;
import be.dalil.bot.message.Channel;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Payload;
import be.dalil.bot.message.Reply;
import be.dalil.bot.nlu.Interpreter;
import be.dalil.bot.nlu.MessageInterpreter;
import be.dalil.knowledge.KnowledgeBase;
import java.time.Clock;

/**
 * The engine's one entry point: an {@link Incoming} message goes in, a {@link Reply} comes out.
 * Channels only translate to and from these. Thread-safe; state lives in the
 * {@link ConversationStore}.
 */
public final class Assistant {

  /** The resource bundle of every reply text. */
  public static final String MESSAGES = Dialog.MESSAGES;

  private final Dialog dialog;
  private final ReplyObserver observer;

  private Assistant(Dialog dialog, ReplyObserver observer) {
    this.dialog = dialog;
    this.observer = observer;
  }

  /**
   * Builds an assistant with the shipped NLU models.
   *
   * @param actorsPerReply how many actors a reply recommends
   */
  public static Assistant create(KnowledgeBase knowledge, ConversationStore store, Clock clock,
      int actorsPerReply) {
    return create(knowledge, store, clock, actorsPerReply, ReplyObserver.NONE);
  }

  /** The same, telling {@code observer} of every message a channel passes in. */
  public static Assistant create(KnowledgeBase knowledge, ConversationStore store, Clock clock,
      int actorsPerReply, ReplyObserver observer) {
    return create(knowledge, store, clock, actorsPerReply, observer,
        MessageInterpreter.loadShipped(knowledge.places()));
  }

  /** The assistant with another reading of messages (tests). */
  static Assistant create(KnowledgeBase knowledge, ConversationStore store, Clock clock,
      int actorsPerReply, ReplyObserver observer, Interpreter interpreter) {
    return new Assistant(Dialog.standard(knowledge, store, interpreter, clock, actorsPerReply),
        observer);
  }

  /** Answers a message that came in on {@code channel}. */
  public Reply handle(Channel channel, Incoming incoming) {
    long start = System.nanoTime();
    Reply reply;
    try {
      reply = dialog.respond(incoming);
    } catch (RuntimeException e) {
      observer.failed(channel, e);
      throw e;
    }
    observer.replied(channel, incoming, reply, System.nanoTime() - start);
    return reply;
  }

  /** Answers a message from no channel (tools and tests): observed by no one. */
  public Reply handle(Incoming incoming) {
    return dialog.respond(incoming);
  }

  /** Removes everything stored about a conversation (the same as a tapped "forget"). */
  public void forget(ConversationId id) {
    dialog.respond(Incoming.payload(id, new Payload.Forget()));
  }
}
