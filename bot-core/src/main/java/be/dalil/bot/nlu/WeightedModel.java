package be.dalil.bot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maximum-entropy model over real-valued (TF-IDF) features, compiled for evaluation:
 * each feature's inverse document frequency and its parameters for every outcome sit in one row
 * of flat float arrays, found through an open-addressing table of 64-bit feature hashes. The
 * probabilities are OpenNLP's ({@code MaxentModel.eval} over {@link FeatureWeights#weigh},
 * checked by a test) at a fraction of the cost: a message meets two models, each with tens of
 * thousands of features, and a {@code HashMap<String, Integer>} lookup costs several cache misses
 * under load where this costs one or two. Two features with the same 64-bit hash would share a
 * row; among 10^5 features that has a probability of about 10^-9, and the test would notice.
 */
final class WeightedModel {

  /** Only the outcomes are kept: OpenNLP's model and the weights' map would double the heap. */
  private final String[] outcomeNames;
  private final FeatureTable rows;
  private final float[] idf;
  /** Row-major: the parameters of row r are at {@code r * outcomes ..}. */
  private final float[] parameters;
  private final int outcomes;

  WeightedModel(MaxentModel model, FeatureWeights weights) {
    this.outcomes = model.getNumOutcomes();
    this.outcomeNames = new String[outcomes];
    for (int o = 0; o < outcomes; o++) {
      outcomeNames[o] = model.getOutcome(o);
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> contexts = (Map<String, Context>) ((AbstractModel) model)
        .getDataStructures()[1];
    Map<String, Float> idfs = weights.idf();
    this.rows = new FeatureTable(idfs.size());
    this.idf = new float[idfs.size()];
    this.parameters = new float[idfs.size() * outcomes];
    int row = 0;
    for (Map.Entry<String, Float> e : idfs.entrySet()) {
      rows.put(e.getKey(), row);
      idf[row] = e.getValue();
      Context context = contexts.get(e.getKey());
      if (context != null) {
        int[] of = context.getOutcomes();
        double[] values = context.getParameters();
        for (int i = 0; i < of.length; i++) {
          parameters[row * outcomes + of[i]] = (float) values[i];
        }
      }
      row++;
    }
  }

  int outcomes() {
    return outcomes;
  }

  String outcome(int index) {
    return outcomeNames[index];
  }

  /** The probability of every outcome, in the model's order. */
  double[] eval(String[] features) {
    return eval(FeatureHashes.of(features));
  }

  /** The probability of every outcome, in the model's order. */
  double[] eval(FeatureHashes features) {
    int[] found = new int[features.count()];
    int n = 0;
    for (int i = 0; i < features.count(); i++) {
      int row = rows.get(features.get(i));
      if (row >= 0) {
        found[n++] = row;
      }
    }
    Arrays.sort(found, 0, n);
    // TF-IDF of each distinct feature (sublinear term frequency), then L2 normalisation.
    int distinct = 0;
    float[] values = new float[n];
    double norm = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && found[j] == found[i]) {
        j++;
      }
      float value = (float) ((1 + Math.log(j - i)) * idf[found[i]]);
      found[distinct] = found[i];
      values[distinct++] = value;
      norm += (double) value * value;
      i = j;
    }
    float length = (float) Math.sqrt(norm);
    double[] scores = new double[outcomes];
    for (int k = 0; k < distinct; k++) {
      float value = values[k] / length;
      int base = found[k] * outcomes;
      for (int o = 0; o < outcomes; o++) {
        scores[o] += parameters[base + o] * value;
      }
    }
    return softmax(scores);
  }

  private static double[] softmax(double[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int o = 0; o < scores.length; o++) {
      scores[o] = Math.exp(scores[o] - max);
      sum += scores[o];
    }
    for (int o = 0; o < scores.length; o++) {
      scores[o] /= sum;
    }
    return scores;
  }

  /** Feature -> row: linear probing over 64-bit FNV-1a hashes of the feature's characters. */
  private static final class FeatureTable {
    private final long[] hashes;
    private final int[] rows;
    private final int mask;

    FeatureTable(int size) {
      int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
      hashes = new long[capacity];
      rows = new int[capacity];
      java.util.Arrays.fill(rows, -1);
      mask = capacity - 1;
    }

    void put(String feature, int row) {
      long hash = FeatureHashes.hash(feature);
      int slot = slot(hash);
      while (rows[slot] >= 0) {
        if (hashes[slot] == hash) {
          throw new IllegalStateException("two features share a 64-bit hash: " + feature);
        }
        slot = (slot + 1) & mask;
      }
      hashes[slot] = hash;
      rows[slot] = row;
    }

    /** The row of the feature with this hash, or -1. */
    int get(long hash) {
      for (int slot = slot(hash); rows[slot] >= 0; slot = (slot + 1) & mask) {
        if (hashes[slot] == hash) {
          return rows[slot];
        }
      }
      return -1;
    }

    private int slot(long hash) {
      return (int) (hash ^ (hash >>> 32)) & mask;
    }
  }

  static WeightedModel read(InputStream model, InputStream weights) throws IOException {
    return new WeightedModel(readMaxent(model), FeatureWeights.read(weights));
  }

  static MaxentModel readMaxent(InputStream model) throws IOException {
    return new GenericModelReader(new BinaryFileDataReader(model)).getModel();
  }
}
