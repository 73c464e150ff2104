package be.dalil.bot;

import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.conversation.ConversationStore;
import be.dalil.bot.dialog.Dialog;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Payload;
import be.dalil.bot.message.Reply;
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

  private Assistant(Dialog dialog) {
    this.dialog = dialog;
  }

  /**
   * Builds an assistant with the shipped NLU models.
   *
   * @param actorsPerReply how many actors a reply recommends
   */
  public static Assistant create(KnowledgeBase knowledge, ConversationStore store, Clock clock,
      int actorsPerReply) {
    return new Assistant(Dialog.standard(knowledge, store,
        MessageInterpreter.loadShipped(knowledge.places()), clock, actorsPerReply));
  }

  public Reply handle(Incoming incoming) {
    return dialog.respond(incoming);
  }

  /** Removes everything stored about a conversation (the same as a tapped "forget"). */
  public void forget(ConversationId id) {
    dialog.respond(Incoming.payload(id, new Payload.Forget()));
  }
}
