package be.dalil.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import be.dalil.i18n.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

/**
 * The compiled model the jar ships, evaluating the features as the interpreter hashes them, gives
 * OpenNLP's probabilities for the same features as strings, on every line of the dev set.
 */
class WeightedModelTest {

  private static final List<Utterance> DEV =
      NluCorpus.readDirectory(Path.of("src/test/resources/nlu-dev"));

  @Test
  void intentProbabilitiesAreOpenNlpsOnEveryDevLine() throws IOException {
    assertSameAsOpenNlp(NluModels.INTENT_OPENNLP, NluModels.INTENT_WEIGHTS,
        NluModels.INTENT,
        tokens -> IntentFeatures.of(tokens, Optional.empty()),
        tokens -> IntentFeatures.hashes(tokens, Optional.empty()));
  }

  @Test
  void languageProbabilitiesAreOpenNlpsOnEveryDevLine() throws IOException {
    assertSameAsOpenNlp(NluModels.LANGUAGE_OPENNLP, NluModels.LANGUAGE_WEIGHTS,
        NluModels.LANGUAGE,
        LanguageDetector::features, LanguageDetector::hashes);
  }

  private static void assertSameAsOpenNlp(String modelFile, String weightsFile,
      String compiledFile, Function<List<String>, String[]> features, Function<List<String>, FeatureHashes> hashed)
      throws IOException {
    MaxentModel openNlp;
    FeatureWeights weights;
    try (InputStream m = NluModels.open(modelFile); InputStream w = NluModels.open(weightsFile)) {
      openNlp = WeightedModel.readMaxent(m);
      weights = FeatureWeights.read(w);
    }
    WeightedModel model = NluModels.compiled(compiledFile);
    assertThat(DEV).hasSizeGreaterThan(1000);
    for (Utterance u : DEV) {
      List<String> tokens = TextNormalizer.tokens(TextNormalizer.normalize(u.text()));
      FeatureWeights.Weighted weighted = weights.weigh(features.apply(tokens));
      double[] expected = openNlp.eval(weighted.context(), weighted.values());
      double[] actual = model.eval(hashed.apply(tokens));
      assertThat(actual).as(u.text()).hasSameSizeAs(expected);
      for (int o = 0; o < expected.length; o++) {
        assertThat(actual[o]).as(u.text()).isCloseTo(expected[o], within(1e-5));
      }
    }
  }

  @Test
  void aCompiledModelReadsBackAsWrittenAndATruncatedOneIsRefused() throws IOException {
    WeightedModel shipped = NluModels.compiled(NluModels.LANGUAGE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    shipped.write(out);
    byte[] bytes = out.toByteArray();
    WeightedModel again = WeightedModel.readCompiled(new ByteArrayInputStream(bytes));
    FeatureHashes features = LanguageDetector.hashes(List.of("waar", "is", "de", "gemeente"));
    assertThat(again.eval(features)).containsExactly(shipped.eval(features));

    assertThatThrownBy(() -> WeightedModel.readCompiled(
        new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length - 1))))
        .isInstanceOf(IOException.class);
    byte[] otherVersion = bytes.clone();
    otherVersion[3]++;
    assertThatThrownBy(() -> WeightedModel.readCompiled(new ByteArrayInputStream(otherVersion)))
        .isInstanceOf(IOException.class);
  }
}
