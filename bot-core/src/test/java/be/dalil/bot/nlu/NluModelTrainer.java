package be.dalil.bot.nlu;

import be.dalil.i18n.Language;
import be.dalil.i18n.TextNormalizer;
import be.dalil.knowledge.PlaceResolver;
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
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.LanguageSample;
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
    if (args.length != 2) {
      System.err.println("usage: NluModelTrainer <corpus dir> <output dir>");
      System.exit(2);
    }
    long start = System.nanoTime();
    List<Utterance> corpus = NluCorpus.readDirectory(Path.of(args[0]));
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    PlaceResolver places = PlaceResolver.shipped();
    TrainedIntents intents = trainIntents(corpus, places);
    try (DataOutputStream stream = new DataOutputStream(new BufferedOutputStream(
        Files.newOutputStream(out.resolve(NluModels.INTENT))))) {
      new GenericModelWriter(intents.model(), stream).persist();
    }
    try (OutputStream stream = Files.newOutputStream(out.resolve(NluModels.INTENT_WEIGHTS))) {
      intents.weights().write(stream);
    }
    try (OutputStream stream = Files.newOutputStream(out.resolve(NluModels.LANGUAGE))) {
      trainLanguages(corpus, places).serialize(stream);
    }
    System.out.printf("Trained NLU models on %d utterances in %.1f s -> %s%n", corpus.size(),
        (System.nanoTime() - start) / 1e9, out);
  }

  /** The intent model's training parameters (chosen with NluExperiment on the dev set). */
  static TrainingParameters intentParameters() {
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    params.put(AbstractEventTrainer.DATA_INDEXER_PARAM,
        AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, Integer.getInteger("nlu.iterations", 300));
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    params.put(TrainingParameters.THREADS_PARAM, 2);
    params.put(QNTrainer.L2COST_PARAM, Double.parseDouble(System.getProperty("nlu.l2", "0.001")));
    params.put(QNTrainer.L1COST_PARAM, Double.parseDouble(System.getProperty("nlu.l1", "0")));
    return params;
  }

  /** An intent model and the feature weights it was trained with. */
  record TrainedIntents(AbstractModel model, IntentWeights weights) {
    IntentClassifier classifier() {
      return new IntentClassifier(model, weights);
    }
  }

  static TrainedIntents trainIntents(List<Utterance> corpus, PlaceResolver places)
      throws IOException {
    List<String[]> features = new ArrayList<>(corpus.size());
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (Utterance u : corpus) {
      String[] f = features(u.text(), places);
      features.add(f);
      new HashSet<>(Arrays.asList(f)).forEach(x -> documentFrequency.merge(x, 1, Integer::sum));
    }
    // A feature of a single training message teaches nothing general; leaving it out keeps the
    // model small.
    int minimum = Integer.getInteger("nlu.minDocuments", 2);
    documentFrequency.values().removeIf(df -> df < minimum);
    IntentWeights weights = IntentWeights.fromDocumentFrequencies(documentFrequency,
        corpus.size());
    List<Event> events = new ArrayList<>(corpus.size());
    for (int i = 0; i < corpus.size(); i++) {
      IntentWeights.Weighted w = weights.weigh(features.get(i));
      events.add(new Event(corpus.get(i).intent().id(), w.context(), w.values()));
    }
    AbstractModel model = (AbstractModel) TrainerFactory.getEventTrainer(intentParameters(),
        null).train(new CollectionObjectStream<>(events));
    return new TrainedIntents(model, weights);
  }

  static LanguageDetectorModel trainLanguages(List<Utterance> corpus, PlaceResolver places)
      throws IOException {
    List<LanguageSample> samples = new ArrayList<>(corpus.size());
    for (Utterance u : corpus) {
      // Mixed lines are labelled with the answer language, not the language they are written in.
      if (u.variant().equals("mixed")) {
        continue;
      }
      String text = String.join(" ", withoutPlace(u.text(), places));
      if (!text.isBlank()) {
        samples.add(new LanguageSample(
            new opennlp.tools.langdetect.Language(u.language().code()), text));
      }
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, 100);
    params.put(TrainingParameters.CUTOFF_PARAM, 2);
    params.put(TrainingParameters.THREADS_PARAM, 2);
    return LanguageDetectorME.train(new CollectionObjectStream<>(samples), params,
        new LanguageDetectorFactory());
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
