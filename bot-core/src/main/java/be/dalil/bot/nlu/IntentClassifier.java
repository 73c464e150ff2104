package be.dalil.bot.nlu;

import be.dalil.knowledge.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The OpenNLP document categorizer over {@link IntentFeatures}. Returns every intent with its
 * probability, best first; deciding what to do with a low or split score is the dialog's job.
 */
final class IntentClassifier {

  /** An intent and the model's probability for it. */
  record Scored(Topic topic, double probability) {}

  private final MaxentModel model;
  private final Topic[] outcomes;

  IntentClassifier(DoccatModel doccat) {
    this.model = doccat.getMaxentModel();
    this.outcomes = new Topic[model.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      String id = model.getOutcome(i);
      outcomes[i] = Topic.fromId(id)
          .orElseThrow(() -> new IllegalStateException("model has unknown intent " + id));
    }
  }

  List<Scored> classify(String[] features) {
    // The doccat's bag-of-words generator prefixes every feature with "bow=" when training.
    String[] context = new String[features.length];
    for (int i = 0; i < features.length; i++) {
      context[i] = "bow=" + features[i];
    }
    double[] probabilities = model.eval(context);
    List<Scored> scored = new ArrayList<>(outcomes.length);
    for (int i = 0; i < outcomes.length; i++) {
      scored.add(new Scored(outcomes[i], probabilities[i]));
    }
    scored.sort(Comparator.comparingDouble(Scored::probability).reversed());
    return scored;
  }
}
