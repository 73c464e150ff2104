package be.dalil.bot.nlu;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How much each feature of a message counts for a model: TF-IDF, L2-normalised. A long forum
 * message then weighs as much as a short one, and the words that occur everywhere ("hello",
 * "please", "I") weigh little, so that background sentences do not drown the question. The
 * inverse document frequencies are computed on the training corpus and shipped beside the model.
 */
final class FeatureWeights {

  /** A message's features with their weights, ready for {@code MaxentModel.eval}. */
  record Weighted(String[] context, float[] values) {}

  private final Map<String, Float> idf;

  FeatureWeights(Map<String, Float> idf) {
    this.idf = Map.copyOf(idf);
  }

  /** Inverse document frequencies from how many of {@code documents} messages have a feature. */
  static FeatureWeights fromDocumentFrequencies(Map<String, Integer> frequencies, int documents) {
    Map<String, Float> idf = new HashMap<>();
    frequencies.forEach((feature, df) ->
        idf.put(feature, (float) (Math.log((1.0 + documents) / (1.0 + df)) + 1)));
    return new FeatureWeights(idf);
  }

  /** Every feature with its inverse document frequency. */
  Map<String, Float> idf() {
    return idf;
  }

  /** The weights of a message's features; features the corpus never had are left out. */
  Weighted weigh(String[] features) {
    Map<String, Integer> counts = new HashMap<>();
    for (String feature : features) {
      if (idf.containsKey(feature)) {
        counts.merge(feature, 1, Integer::sum);
      }
    }
    String[] context = new String[counts.size()];
    float[] values = new float[counts.size()];
    double norm = 0;
    int i = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      double value = (1 + Math.log(e.getValue())) * idf.get(e.getKey());
      context[i] = e.getKey();
      values[i] = (float) value;
      norm += value * value;
      i++;
    }
    float length = (float) Math.sqrt(norm);
    for (int j = 0; j < values.length; j++) {
      values[j] = values[j] / length;
    }
    return new Weighted(context, values);
  }

  void write(OutputStream out) throws IOException {
    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (Map.Entry<String, Float> e : idf.entrySet()) {
      writer.write(e.getKey());
      writer.write('\t');
      writer.write(Float.toString(e.getValue()));
      writer.write('\n');
    }
    writer.flush();
  }

  static FeatureWeights read(InputStream in) throws IOException {
    Map<String, Float> idf = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int tab = line.lastIndexOf('\t');
        idf.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1)));
      }
    }
    return new FeatureWeights(idf);
  }
}
