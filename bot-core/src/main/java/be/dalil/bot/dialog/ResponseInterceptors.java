package be.dalil.bot.dialog;

import be.dalil.bot.conversation.ConversationStore;
import be.dalil.bot.message.ReplyPart;
import be.dalil.i18n.Messages;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** What is done after every handler: the start-link welcome and keeping the state. */
final class ResponseInterceptors {

  private ResponseInterceptors() {}

  /** A counsellor link's first screen starts with a welcome, before the linked answer. */
  static final class StartLinkWelcome implements ResponseInterceptor {
    private final Messages messages;

    StartLinkWelcome(Messages messages) {
      this.messages = messages;
    }

    @Override
    public Outcome after(Turn turn, Outcome outcome) {
      if (!(turn.route() instanceof Route.Link)) {
        return outcome;
      }
      List<ReplyPart> parts = new ArrayList<>();
      parts.add(new ReplyPart.Text(messages.format(outcome.language(), "start.welcome")));
      parts.addAll(outcome.parts());
      return outcome.withParts(parts);
    }
  }

  /** Saves the new state (stamped with the time) or forgets the conversation. */
  static final class KeepState implements ResponseInterceptor {
    private final ConversationStore store;
    private final Clock clock;

    KeepState(ConversationStore store, Clock clock) {
      this.store = store;
      this.clock = clock;
    }

    @Override
    public Outcome after(Turn turn, Outcome outcome) {
      if (outcome.change() instanceof Outcome.Change.Save save) {
        Outcome.Change.Save touched = new Outcome.Change.Save(
            save.state().touchedAt(clock.instant()));
        store.save(touched.state());
        return outcome.withChange(touched);
      }
      store.delete(turn.incoming().conversationId());
      return outcome;
    }
  }
}
