package be.dalil.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.conversation.ConversationState;
import be.dalil.bot.conversation.ConversationStore;
import be.dalil.bot.conversation.InMemoryConversationStore;
import be.dalil.bot.dialog.TestKnowledge;
import be.dalil.bot.message.Channel;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Reply;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What the assistant tells its observer: every reply, its channel, its resolution, failures. */
class ReplyObserverTest {

  record Seen(Channel channel, Reply.Resolution resolution, long nanos, String failure) {}

  final List<Seen> seen = new CopyOnWriteArrayList<>();
  final ReplyObserver observer = new ReplyObserver() {
    @Override
    public void replied(Channel channel, Incoming message, Reply reply, long nanos) {
      seen.add(new Seen(channel, reply.resolution(), nanos, ""));
    }

    @Override
    public void failed(Channel channel, RuntimeException error) {
      seen.add(new Seen(channel, null, 0, error.getClass().getSimpleName()));
    }
  };

  Assistant assistant(ConversationStore store) {
    return Assistant.create(TestKnowledge.get(), store, Clock.systemUTC(), 3, observer,
        new ClarifyingInterpreter());
  }

  Reply.Resolution resolutionOf(String text) {
    return assistant(new InMemoryConversationStore(java.time.Duration.ofDays(1), Clock.systemUTC()))
        .handle(Channel.WEB, Incoming.text(new ConversationId("obs-1"), text)).resolution();
  }

  @Test
  void tellsTheChannelAndTheTimeOfEveryReply() {
    Assistant assistant = assistant(new InMemoryConversationStore(java.time.Duration.ofDays(1), Clock.systemUTC()));
    assistant.handle(Channel.TELEGRAM, Incoming.text(new ConversationId("obs-2"),
        "where can I learn Dutch in Gent"));
    assistant.handle(Channel.WEB, Incoming.text(new ConversationId("obs-3"), "hello"));
    assertThat(seen).extracting(Seen::channel).containsExactly(Channel.TELEGRAM, Channel.WEB);
    assertThat(seen).allSatisfy(s -> assertThat(s.nanos()).isPositive());
    assertThat(seen).extracting(Seen::resolution)
        .containsOnly(Reply.Resolution.ANSWERED);
  }

  @Test
  void marksOutOfScopeAndClarifyingReplies() {
    assertThat(resolutionOf("set an alarm for 7 tomorrow morning"))
        .isEqualTo(Reply.Resolution.OUT_OF_SCOPE);
    assertThat(resolutionOf("I need a doctor in Antwerpen"))
        .isEqualTo(Reply.Resolution.ANSWERED);
    assertThat(resolutionOf(ClarifyingInterpreter.TWO_TOPICS))
        .isEqualTo(Reply.Resolution.CLARIFYING);
  }

  @Test
  void tellsOfAFailureAndStillThrowsIt() {
    ConversationStore broken = new ConversationStore() {
      @Override
      public Optional<ConversationState> load(ConversationId id) {
        throw new IllegalStateException("store down");
      }

      @Override
      public void save(ConversationState state) {}

      @Override
      public void delete(ConversationId id) {}
    };
    assertThatThrownBy(() -> assistant(broken).handle(Channel.WEB,
        Incoming.text(new ConversationId("obs-4"), "hello")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(seen).containsExactly(new Seen(Channel.WEB, null, 0, "IllegalStateException"));
  }
}
