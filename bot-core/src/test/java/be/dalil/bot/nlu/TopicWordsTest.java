package be.dalil.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.i18n.TextNormalizer;
import be.dalil.knowledge.Topic;
import org.junit.jupiter.api.Test;

class TopicWordsTest {

  /**
   * A line may name several topics ("legal_help, leisure_meet_people: ..."): its words ask for
   * the services first under each of them, not only under the first (a word kept one topic).
   */
  @Test
  void namesEveryTopicOfALineThatListsSeveral() {
    TopicWords lgbtqi = TopicWords.askingFor("lgbtqi");
    var tokens = TextNormalizer.tokens("je suis lesbienne, où rencontrer des gens");

    assertThat(lgbtqi.names(tokens, Topic.LEGAL_HELP)).isTrue();
    assertThat(lgbtqi.names(tokens, Topic.LEISURE_MEET_PEOPLE)).isTrue();
    assertThat(lgbtqi.names(tokens, Topic.HEALTHCARE)).isTrue();
    assertThat(lgbtqi.names(tokens, Topic.HOUSING)).isFalse();
    assertThat(lgbtqi.names(TextNormalizer.tokens("où rencontrer des gens"),
        Topic.LEISURE_MEET_PEOPLE)).isFalse();
  }

  /** A "when" line still needs a word of each of its lines, for its own topic only. */
  @Test
  void namesATopicByWordsTogetherOnlyWithAWordOfEachLine() {
    TopicWords school = TopicWords.askingFor("school");
    assertThat(school.names(TextNormalizer.tokens("mon fils a 13 ans, où l'inscrire"),
        Topic.EDUCATION_CHILDREN)).isTrue();
    assertThat(school.names(TextNormalizer.tokens("où m'inscrire"), Topic.EDUCATION_CHILDREN))
        .isFalse();
  }
}
