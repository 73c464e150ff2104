package be.dalil.bot.nlu;

import be.dalil.knowledge.Topic;
import java.util.ArrayList;
import java.util.List;

/**
 * An OpenNLP maximum-entropy model over {@link IntentFeatures} weighted by TF-IDF
 * ({@link WeightedModel}). Returns every intent with its probability, best first; deciding what
 * to do with a low or split score is the interpreter's job.
 */
final class IntentClassifier {

  /** An intent and the model's probability for it. */
  record Scored(Topic topic, double probability) {}

  private final WeightedModel model;
  private final Topic[] outcomes;

  IntentClassifier(WeightedModel weighted) {
    this.model = weighted;
    this.outcomes = new Topic[weighted.outcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      String id = weighted.outcome(i);
      outcomes[i] = Topic.fromId(id)
          .orElseThrow(() -> new IllegalStateException("model has unknown intent " + id));
    }
  }

  List<Scored> classify(String[] features) {
    return rank(distribution(features));
  }

  /** The probability of every intent, in the model's order ({@link #topic}). */
  double[] distribution(String[] features) {
    return model.eval(features);
  }

  /** The probability of every intent, in the model's order ({@link #topic}). */
  double[] distribution(FeatureHashes features) {
    return model.eval(features);
  }

  /** The intents of a distribution, best first. */
  List<Scored> rank(double[] probabilities) {
    // A stable insertion sort of the few intents by falling probability, ties in the model's
    // order: what sorting with a reversed comparator gave, without its boxed comparisons.
    int[] order = new int[outcomes.length];
    for (int i = 0; i < order.length; i++) {
      int j = i;
      while (j > 0 && Double.compare(probabilities[order[j - 1]], probabilities[i]) < 0) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    List<Scored> scored = new ArrayList<>(outcomes.length);
    for (int i : order) {
      scored.add(new Scored(outcomes[i], probabilities[i]));
    }
    return scored;
  }

  Topic topic(int index) {
    return outcomes[index];
  }

  /** The position of an intent in the model's order; the model was trained with every intent. */
  int index(Topic topic) {
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i] == topic) {
        return i;
      }
    }
    throw new IllegalStateException("model has no intent " + topic.id());
  }
}
