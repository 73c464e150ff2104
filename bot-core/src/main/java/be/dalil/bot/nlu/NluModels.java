package be.dalil.bot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** Loads the models that {@link NluModelTrainer} wrote into the jar at build time. */
final class NluModels {

  static final String DIRECTORY = "nlu-model/";
  /** What the interpreter loads: {@link WeightedModel}'s compiled form. */
  static final String INTENT = "intent.model";
  static final String LANGUAGE = "language.model";
  /**
   * OpenNLP's models and the inverse document frequencies they were trained with: the build's
   * and the tests' (the compiled models must give their probabilities), not in the jar.
   */
  static final String INTENT_OPENNLP = "intent.bin";
  static final String INTENT_WEIGHTS = "intent-idf.tsv";
  static final String LANGUAGE_OPENNLP = "language.bin";
  static final String LANGUAGE_WEIGHTS = "language-idf.tsv";

  /** The shipped models, loaded once: they are immutable, so interpreters share them. */
  private static CompletableFuture<IntentClassifier> intents;
  private static CompletableFuture<LanguageDetector> languages;

  private NluModels() {}

  /**
   * Starts loading the shipped models, each on its own thread, unless that has begun: about a
   * second of work that an application can overlap with its own start.
   */
  static synchronized void startLoading() {
    if (intents == null) {
      Executor own = task -> {
        Thread thread = new Thread(task, "nlu-model-loader");
        thread.setDaemon(true);
        thread.start();
      };
      intents = CompletableFuture.supplyAsync(NluModels::intentClassifier, own);
      languages = CompletableFuture.supplyAsync(NluModels::languageDetector, own);
    }
  }

  static IntentClassifier shippedIntents() {
    startLoading();
    return join(intents);
  }

  static LanguageDetector shippedLanguages() {
    startLoading();
    return join(languages);
  }

  private static <T> T join(CompletableFuture<T> loading) {
    try {
      return loading.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  static IntentClassifier intentClassifier() {
    return new IntentClassifier(compiled(INTENT));
  }

  static LanguageDetector languageDetector() {
    return new LanguageDetector(compiled(LANGUAGE));
  }

  static WeightedModel compiled(String model) {
    try (InputStream m = open(model)) {
      return WeightedModel.readCompiled(m);
    } catch (IOException e) {
      throw new UncheckedIOException(DIRECTORY + model + ": " + e.getMessage(), e);
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
