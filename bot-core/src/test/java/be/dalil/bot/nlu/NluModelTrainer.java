package be.dalil.bot.nlu;

import be.dalil.i18n.Language;
import be.dalil.i18n.TextNormalizer;
import be.dalil.knowledge.PlaceResolver;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.LanguageSample;
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
    try (OutputStream stream = Files.newOutputStream(out.resolve(NluModels.INTENT))) {
      trainIntents(corpus, places).serialize(stream);
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
    params.put(TrainingParameters.ALGORITHM_PARAM, System.getProperty("nlu.algorithm", "MAXENT"));
    params.put(TrainingParameters.ITERATIONS_PARAM,
        Integer.getInteger("nlu.iterations", 200));
    params.put(TrainingParameters.CUTOFF_PARAM, Integer.getInteger("nlu.cutoff", 1));
    params.put(TrainingParameters.THREADS_PARAM, 2);
    String l2 = System.getProperty("nlu.l2");
    if (l2 != null) {
      params.put("L2Cost", Double.parseDouble(l2));
      params.put("L1Cost", Double.parseDouble(System.getProperty("nlu.l1", "0")));
    }
    return params;
  }

  static DoccatModel trainIntents(List<Utterance> corpus, PlaceResolver places)
      throws IOException {
    List<DocumentSample> samples = new ArrayList<>(corpus.size());
    for (Utterance u : corpus) {
      samples.add(new DocumentSample(u.intent().id(), features(u.text(), places)));
    }
    return DocumentCategorizerME.train("mul", new CollectionObjectStream<>(samples),
        intentParameters(),
        new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
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
