package be.dalil.bot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/** Loads the models that {@link NluModelTrainer} wrote into the jar at build time. */
final class NluModels {

  static final String DIRECTORY = "nlu-model/";
  static final String INTENT = "intent.bin";
  static final String INTENT_WEIGHTS = "intent-idf.tsv";
  static final String LANGUAGE = "language.bin";

  private NluModels() {}

  static IntentClassifier intentClassifier() {
    try (InputStream model = open(INTENT); InputStream weights = open(INTENT_WEIGHTS)) {
      MaxentModel maxent = new GenericModelReader(new BinaryFileDataReader(model)).getModel();
      return new IntentClassifier(maxent, IntentWeights.read(weights));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LanguageDetectorModel languageModel() {
    try (InputStream in = open(LANGUAGE)) {
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = NluModels.class.getClassLoader().getResourceAsStream(DIRECTORY + name);
    if (in == null) {
      throw new IllegalStateException("missing model " + DIRECTORY + name
          + ": it is trained by the build (mvn process-classes in bot-core)");
    }
    return in;
  }
}
