package be.dalil.bot.dialog;

import be.dalil.i18n.Messages;
import be.dalil.knowledge.KnowledgeBase;

/**
 * What replies draw on, shared by all handlers and stateless: the knowledge base, the localized
 * texts and the number of organisations per reply. Each turn gets its own {@link ReplyBuilder}.
 */
final class ReplyServices {

  final KnowledgeBase knowledge;
  final Messages messages;
  final int actorsPerReply;

  ReplyServices(KnowledgeBase knowledge, Messages messages, int actorsPerReply) {
    this.knowledge = knowledge;
    this.messages = messages;
    this.actorsPerReply = actorsPerReply;
  }

  /** A builder for the reply to one turn, in the turn's language, for the turn's place. */
  ReplyBuilder replyTo(Turn turn) {
    return new ReplyBuilder(this, turn);
  }
}
