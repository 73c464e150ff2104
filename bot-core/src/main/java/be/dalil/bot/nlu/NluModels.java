package be.dalil.bot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** Loads the models that {@link NluModelTrainer} wrote into the jar at build time. */
final class NluModels {

  static final String DIRECTORY = "nlu-model/";
  static final String INTENT = "intent.bin";
  static final String LANGUAGE = "language.bin";

  private NluModels() {}

  static DoccatModel intentModel() {
    try (InputStream in = open(INTENT)) {
      return new DoccatModel(in);
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
