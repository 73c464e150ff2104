package be.dalil.bot.nlu;

import be.dalil.knowledge.PlaceResolver;
import be.dalil.knowledge.Topic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tool, not a test: trains an intent model in memory and prints raw top-1 accuracy and the
 * out-of-scope trade-off for several thresholds, to compare feature and threshold choices.
 * {@code mvn -q -pl bot-core test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=be.dalil.bot.nlu.NluExperiment}
 */
public final class NluExperiment {

  private NluExperiment() {}

  public static void main(String[] args) throws Exception {
    PlaceResolver places = PlaceResolver.shipped();
    List<Utterance> train = NluCorpus.readDirectory(Path.of("src/test/resources/nlu-train"));
    List<Utterance> dev = NluCorpus.readDirectory(Path.of("src/test/resources/nlu-dev"));
    long start = System.nanoTime();
    IntentClassifier classifier = NluModelTrainer.trainIntents(train, places).intents();
    System.out.printf(Locale.ROOT, "trained in %.1f s%n", (System.nanoTime() - start) / 1e9);
    List<IntentClassifier.Scored> best = new ArrayList<>();
    for (Utterance u : dev) {
      best.add(classifier.classify(NluModelTrainer.features(u.text(), places)).get(0));
    }
    int top1 = 0;
    for (int i = 0; i < dev.size(); i++) {
      top1 += best.get(i).topic() == dev.get(i).intent() ? 1 : 0;
    }
    System.out.printf(Locale.ROOT, "raw top-1: %.1f%%%n", 100.0 * top1 / dev.size());
    for (double threshold : new double[] {0.0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4}) {
      printThreshold(threshold, dev, best);
    }
    printVariants(dev, best);
    if (args.length > 0) {
      for (int i = 0; i < dev.size(); i++) {
        if (best.get(i).topic() != dev.get(i).intent()) {
          System.out.printf(Locale.ROOT, "%-20s %-20s %.2f %s%n", dev.get(i).intent(),
              best.get(i).topic(), best.get(i).probability(), dev.get(i).text());
        }
      }
    }
  }

  private static Topic decided(IntentClassifier.Scored best, double threshold) {
    return best.probability() < threshold ? Topic.OUT_OF_SCOPE : best.topic();
  }

  /** Accuracy and the out-of-scope trade-off when the best intent below a threshold is rejected. */
  private static void printThreshold(double threshold, List<Utterance> dev,
      List<IntentClassifier.Scored> best) {
    int correct = 0;
    int oosGold = 0;
    int oosHit = 0;
    int rejected = 0;
    for (int i = 0; i < dev.size(); i++) {
      Topic decided = decided(best.get(i), threshold);
      Topic gold = dev.get(i).intent();
      correct += decided == gold ? 1 : 0;
      boolean rejectedNow = decided == Topic.OUT_OF_SCOPE;
      if (gold == Topic.OUT_OF_SCOPE) {
        oosGold++;
        oosHit += rejectedNow ? 1 : 0;
      } else {
        rejected += rejectedNow ? 1 : 0;
      }
    }
    int inScope = dev.size() - oosGold;
    System.out.printf(Locale.ROOT,
        "threshold %.2f: accuracy %.1f%%  oos recall %.1f%%  in-scope rejected %.1f%%%n",
        threshold, 100.0 * correct / dev.size(), 100.0 * oosHit / oosGold,
        100.0 * rejected / inScope);
  }

  private static void printVariants(List<Utterance> dev, List<IntentClassifier.Scored> best) {
    Map<String, int[]> variants = new TreeMap<>();
    for (int i = 0; i < dev.size(); i++) {
      Topic decided = decided(best.get(i), MessageInterpreter.MIN_CONFIDENCE);
      int[] v = variants.computeIfAbsent(dev.get(i).language() + "-" + dev.get(i).variant(),
          k -> new int[2]);
      v[0] += decided == dev.get(i).intent() ? 1 : 0;
      v[1]++;
    }
    variants.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-12s %.1f%%%n", k,
        100.0 * v[0] / v[1]));
  }
}
