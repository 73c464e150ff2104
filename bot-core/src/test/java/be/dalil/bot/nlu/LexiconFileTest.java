package be.dalil.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconFileTest {

  /** "@birth.txt" in named-things.txt takes every word of birth.txt, not a word "birth". */
  @Test
  void takesTheWordsOfTheListALineRefersTo() {
    List<List<String>> referred = LexiconFile.read(NamedThings.RESOURCE).stream()
        .filter(e -> e.key().equals("register_municipality"))
        .flatMap(e -> e.words().stream()).toList();
    List<List<String>> birth = LexiconFile.read("nlu-lexicon/birth.txt").get(0).words();

    assertThat(referred).containsAll(birth).doesNotContain(List.of("birth", "txt"));
  }
}
