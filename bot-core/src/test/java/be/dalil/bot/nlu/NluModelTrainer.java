package be.dalil.bot.nlu;

import be.dalil.i18n.TextNormalizer;
import be.dalil.knowledge.PlaceResolver;
import be.dalil.knowledge.Topic;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the intent and language models from the TSV corpus. Run by the build (exec plugin,
 * phase process-classes) so that the application only loads them:
 * {@code NluModelTrainer <corpus dir> <output dir>}.
 */
public final class NluModelTrainer {

  private NluModelTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: NluModelTrainer <corpus dir> <output dir> [other input...]");
      System.exit(2);
    }
    long start = System.nanoTime();
    Path out = Path.of(args[1]);
    List<Path> inputs = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (i != 1) {
        inputs.add(Path.of(args[i]));
      }
    }
    // Training takes half a minute; a build that changed none of its inputs reuses the models.
    String stamp = InputStamp.of(inputs);
    Path stampFile = out.resolve("inputs.sha256");
    if (Files.exists(out.resolve(NluModels.INTENT)) && Files.exists(out.resolve(NluModels.LANGUAGE))
        && Files.exists(out.resolve(NluModels.INTENT_OPENNLP))
        && Files.exists(out.resolve(NluModels.LANGUAGE_OPENNLP))
        && Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
      System.out.println("NLU models are up to date with their inputs: " + out);
      return;
    }
    List<Utterance> corpus = NluCorpus.readDirectory(Path.of(args[0]));
    Files.createDirectories(out);
    Files.deleteIfExists(stampFile);
    PlaceResolver places = PlaceResolver.shipped();
    write(trainIntents(corpus, places), out, NluModels.INTENT_OPENNLP, NluModels.INTENT_WEIGHTS,
        NluModels.INTENT);
    write(trainLanguages(corpus, places), out, NluModels.LANGUAGE_OPENNLP,
        NluModels.LANGUAGE_WEIGHTS, NluModels.LANGUAGE);
    Files.writeString(stampFile, stamp);
    System.out.printf("Trained NLU models on %d utterances in %.1f s -> %s%n", corpus.size(),
        (System.nanoTime() - start) / 1e9, out);
  }

  private static void write(Trained trained, Path out, String model, String weights,
      String compiled) throws IOException {
    try (DataOutputStream stream = new DataOutputStream(new BufferedOutputStream(
        Files.newOutputStream(out.resolve(model))))) {
      new GenericModelWriter(trained.model(), stream).persist();
    }
    try (OutputStream stream = Files.newOutputStream(out.resolve(weights))) {
      trained.weights().write(stream);
    }
    try (OutputStream stream = Files.newOutputStream(out.resolve(compiled))) {
      new WeightedModel(trained.model(), trained.weights()).write(stream);
    }
  }

  /**
   * The training parameters (chosen on the dev set): OpenNLP's quasi-Newton maximum entropy over
   * real-valued features, lightly L2-regularised (0.1 cost 5 points of dev accuracy, 0.001 is best).
   */
  static TrainingParameters parameters() {
    return parameters(Double.parseDouble(System.getProperty("nlu.l2", "0.001")));
  }

  /**
   * The language model is regularised a hundred times more (dev set, messages of 3+ words:
   * 99.60% at 0.001, 99.65% at 0.01, 99.78% at 0.1 and 0.3, 99.56% at 1): with thousands of
   * character n-grams, a light penalty lets single loanwords ("food bank", "ambulance") decide.
   */
  static final double LANGUAGE_L2 = 0.1;

  static TrainingParameters parameters(double l2) {
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    params.put(AbstractEventTrainer.DATA_INDEXER_PARAM,
        AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, Integer.getInteger("nlu.iterations", 300));
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    params.put(TrainingParameters.THREADS_PARAM, 2);
    params.put(QNTrainer.L2COST_PARAM, l2);
    // OpenNLP's default L1 cost (0.1) prunes too much: 5 points of dev accuracy.
    params.put(QNTrainer.L1COST_PARAM, 0.0);
    return params;
  }

  /** A model and the feature weights it was trained with. */
  record Trained(AbstractModel model, FeatureWeights weights) {
    IntentClassifier intents() {
      return new IntentClassifier(new WeightedModel(model, weights));
    }
  }

  static Trained trainIntents(List<Utterance> corpus, PlaceResolver places) throws IOException {
    List<String[]> features = new ArrayList<>(corpus.size());
    List<String> outcomes = new ArrayList<>(corpus.size());
    for (Utterance u : corpus) {
      features.add(features(u.text(), places));
      outcomes.add(u.intent().id());
    }
    return train(features, outcomes);
  }

  /**
   * The language model, on the lines written in one language (mixed lines are labelled with the
   * answer language, not the language they are written in; a request for another language is
   * labelled with the language asked for), without place names.
   */
  static Trained trainLanguages(List<Utterance> corpus, PlaceResolver places) throws IOException {
    List<String[]> features = new ArrayList<>(corpus.size());
    List<String> outcomes = new ArrayList<>(corpus.size());
    for (Utterance u : corpus) {
      if (u.variant().equals("mixed") || u.intent() == Topic.CHANGE_LANGUAGE) {
        continue;
      }
      List<String> words = withoutPlace(u.text(), places).stream()
          .filter(t -> t.chars().anyMatch(Character::isLetter)).toList();
      if (!words.isEmpty()) {
        features.add(LanguageDetector.features(words));
        outcomes.add(u.language().code());
      }
    }
    return train(features, outcomes, parameters(LANGUAGE_L2));
  }

  /** TF-IDF weights from the corpus, then the maximum-entropy model on the weighted features. */
  static Trained train(List<String[]> features, List<String> outcomes) throws IOException {
    return train(features, outcomes, parameters());
  }

  static Trained train(List<String[]> features, List<String> outcomes,
      TrainingParameters parameters) throws IOException {
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (String[] f : features) {
      new HashSet<>(Arrays.asList(f)).forEach(x -> documentFrequency.merge(x, 1, Integer::sum));
    }
    // A feature of a single training message teaches nothing general; leaving it out keeps the
    // model small.
    documentFrequency.values().removeIf(df -> df < 2);
    FeatureWeights weights = FeatureWeights.fromDocumentFrequencies(documentFrequency,
        features.size());
    List<Event> events = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      FeatureWeights.Weighted w = weights.weigh(features.get(i));
      events.add(new Event(outcomes.get(i), w.context(), w.values()));
    }
    AbstractModel model = (AbstractModel) TrainerFactory.getEventTrainer(parameters, null)
        .train(new CollectionObjectStream<>(events));
    return new Trained(model, weights);
  }

  static String[] features(String text, PlaceResolver places) {
    List<String> tokens = TextNormalizer.tokens(text);
    return IntentFeatures.of(tokens, places.findMention(text, tokens, false));
  }

  static List<String> withoutPlace(String text, PlaceResolver places) {
    List<String> tokens = TextNormalizer.tokens(text);
    return places.findMention(text, tokens, false).map(m -> m.removeFrom(tokens)).orElse(tokens);
  }

}
