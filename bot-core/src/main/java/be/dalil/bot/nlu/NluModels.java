package be.dalil.bot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the models that {@link NluModelTrainer} wrote into the jar at build time. */
final class NluModels {

  static final String DIRECTORY = "nlu-model/";
  static final String INTENT = "intent.bin";
  static final String INTENT_WEIGHTS = "intent-idf.tsv";
  static final String LANGUAGE = "language.bin";
  static final String LANGUAGE_WEIGHTS = "language-idf.tsv";

  private NluModels() {}

  static IntentClassifier intentClassifier() {
    return new IntentClassifier(weighted(INTENT, INTENT_WEIGHTS));
  }

  static LanguageDetector languageDetector() {
    return new LanguageDetector(weighted(LANGUAGE, LANGUAGE_WEIGHTS));
  }

  static WeightedModel weighted(String model, String weights) {
    try (InputStream m = open(model); InputStream w = open(weights)) {
      return WeightedModel.read(m, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream open(String name) {
    InputStream in = NluModels.class.getClassLoader().getResourceAsStream(DIRECTORY + name);
    if (in == null) {
      throw new IllegalStateException("missing model " + DIRECTORY + name
          + ": it is trained by the build (mvn process-classes in bot-core)");
    }
    return in;
  }
}
