package be.dalil.bot;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.conversation.InMemoryConversationStore;
import be.dalil.bot.message.Channel;
import be.dalil.bot.dialog.TestKnowledge;
import be.dalil.bot.message.Incoming;
import be.dalil.i18n.Language;
import be.dalil.knowledge.unanswered.UnansweredGroup;
import be.dalil.knowledge.unanswered.UnansweredQuestions;
import be.dalil.knowledge.unanswered.UnansweredStore;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which messages reach the editors' list, and what of them. */
class UnansweredQuestionObserverTest {

  final UnansweredQuestions questions = UnansweredQuestions.open(UnansweredStore.inMemory(),
      Clock.systemUTC(), Duration.ofDays(30), 1000);
  final Assistant assistant = Assistant.create(TestKnowledge.get(),
      new InMemoryConversationStore(Duration.ofDays(1), Clock.systemUTC()), Clock.systemUTC(), 3,
      new UnansweredQuestionObserver(questions), new ClarifyingInterpreter());

  void say(String conversation, String text) {
    assistant.handle(Channel.WEB, Incoming.text(new ConversationId(conversation), text));
  }

  @Test
  void countsOutOfScopeAndUnclearMessagesWithTheirPlaceButNotAnsweredOnes() {
    say("u-1", "I live in Schaerbeek");
    say("u-1", "set an alarm for 7 tomorrow morning");
    say("u-2", "Set an alarm for 7 tomorrow morning!");
    say("u-3", ClarifyingInterpreter.TWO_TOPICS);
    say("u-4", "I need a doctor in Antwerpen");
    say("u-5", "hello");
    questions.flush();

    assertThat(questions.groups()).extracting(UnansweredGroup::text)
        .containsExactlyInAnyOrder("set an alarm for 7 tomorrow morning",
            "Set an alarm for 7 tomorrow morning!", ClarifyingInterpreter.TWO_TOPICS);
    UnansweredGroup inSchaerbeek = questions.groups().stream()
        .filter(g -> g.municipality().isPresent()).findFirst().orElseThrow();
    assertThat(inSchaerbeek.municipality()).contains("schaerbeek");
    assertThat(inSchaerbeek.language()).isEqualTo(Language.EN);
    assertThat(inSchaerbeek.topic()).isEmpty();
    assertThat(questions.groups()).filteredOn(g -> g.text().contains("creche")).singleElement()
        .satisfies(g -> assertThat(g.topic()).isPresent());
  }
}
