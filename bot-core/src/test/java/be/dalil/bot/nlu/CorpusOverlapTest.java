package be.dalil.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.i18n.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Training, dev and test lines never overlap, exactly or nearly (same normalised text, or more
 * than 80% of their words shared), so that figures measure messages the model has not seen; and
 * every concept word of the lexicon is justified by a training line.
 */
class CorpusOverlapTest {

  static final double NEAR = 0.8;
  private static final List<Utterance> TRAIN = NluCorpus.readDirectory(
      Path.of("src/test/resources/nlu-train"));
  /** The dev set and its near-urgent slice ({@code nlu-near-urgent/}, reported apart). */
  private static final List<Utterance> DEV = Stream.concat(
      NluCorpus.readDirectory(Path.of("src/test/resources/nlu-dev")).stream(),
      NluCorpus.readDirectory(Path.of(NluEvaluation.NEAR_URGENT_SET)).stream()).toList();
  private static final List<Utterance> TEST = NluCorpus.readDirectory(
      Path.of("src/test/resources/nlu-test"));
  /** A second frozen test set, by a third author ({@code nlu-unseen/}, reported apart). */
  private static final List<Utterance> UNSEEN = NluCorpus.readDirectory(
      Path.of(NluEvaluation.UNSEEN_SET));
  /** A frozen set about food aid and other talk of food, by a fourth author (FoodAidSetTest). */
  private static final List<Utterance> FOOD = NluCorpus.readDirectory(
      Path.of("src/test/resources/nlu-food"));

  @Test
  void noTrainingLineIsADevOrTestLine() {
    assertThat(overlaps(TRAIN, DEV)).as("train ~ dev").isEmpty();
    assertThat(overlaps(TRAIN, TEST)).as("train ~ test").isEmpty();
    assertThat(overlaps(DEV, TEST)).as("dev ~ test").isEmpty();
    assertThat(overlaps(TRAIN, UNSEEN)).as("train ~ unseen").isEmpty();
    assertThat(overlaps(DEV, UNSEEN)).as("dev ~ unseen").isEmpty();
    assertThat(overlaps(TEST, UNSEEN)).as("test ~ unseen").isEmpty();
    assertThat(overlaps(TRAIN, FOOD)).as("train ~ food").isEmpty();
  }

  /**
   * A concept word that evaluation lines use but no training line does was chosen by looking at
   * the evaluation sets; a word in neither is general knowledge and may stay.
   */
  @Test
  void noConceptWordIsJustifiedOnlyByDevOrTestLines() throws IOException {
    Set<String> trainingWords = words(TRAIN);
    Set<String> evaluationWords = words(DEV);
    evaluationWords.addAll(words(TEST));
    evaluationWords.addAll(words(UNSEEN));
    List<String> unjustified = new ArrayList<>();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(
        IntentFeatures.CONCEPTS)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int colon = line.indexOf(':');
        if (line.isBlank() || line.startsWith("#") || colon < 0) {
          continue;
        }
        for (String word : line.substring(colon + 1).split(",")) {
          List<String> tokens = TextNormalizer.tokens(word);
          if (!tokens.isEmpty() && tokens.stream().noneMatch(trainingWords::contains)
              && tokens.stream().anyMatch(evaluationWords::contains)) {
            unjustified.add(word.strip());
          }
        }
      }
    }
    assertThat(unjustified).isEmpty();
  }

  private static Set<String> words(List<Utterance> lines) {
    Set<String> words = new HashSet<>();
    lines.forEach(u -> TextNormalizer.tokens(u.text()).forEach(t -> {
      words.add(t);
      words.add(IntentFeatures.arabicStem(t));
    }));
    return words;
  }

  /** Pairs of lines of {@code a} and {@code b} that are the same or nearly the same. */
  static List<String> overlaps(List<Utterance> a, List<Utterance> b) {
    Map<String, String> exact = new HashMap<>();
    for (Utterance u : a) {
      List<String> tokens = TextNormalizer.tokens(u.text());
      exact.put(String.join(" ", tokens), u.text());
    }
    List<Set<String>> sets = a.stream()
        .map(u -> (Set<String>) new LinkedHashSet<>(TextNormalizer.tokens(u.text()))).toList();
    Map<Integer, List<Integer>> indexBySize = new HashMap<>();
    for (int i = 0; i < sets.size(); i++) {
      indexBySize.computeIfAbsent(sets.get(i).size(), k -> new ArrayList<>()).add(i);
    }
    List<String> found = new ArrayList<>();
    for (Utterance u : b) {
      List<String> tokens = TextNormalizer.tokens(u.text());
      String key = String.join(" ", tokens);
      if (exact.containsKey(key)) {
        found.add(u.text() + "  ==  " + exact.get(key));
        continue;
      }
      Set<String> set = new HashSet<>(tokens);
      if (set.size() < 3) {
        continue; // two different short lines share most of their words by nature
      }
      int min = (int) Math.ceil(set.size() * NEAR);
      int max = (int) Math.floor(set.size() / NEAR);
      for (int size = min; size <= max; size++) {
        for (int i : indexBySize.getOrDefault(size, List.of())) {
          if (jaccard(set, sets.get(i)) > NEAR) {
            found.add(u.text() + "  ~  " + a.get(i).text());
          }
        }
      }
    }
    return found;
  }

  static double jaccard(Set<String> x, Set<String> y) {
    int common = 0;
    for (String t : x) {
      if (y.contains(t)) {
        common++;
      }
    }
    return (double) common / (x.size() + y.size() - common);
  }
}
