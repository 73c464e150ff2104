package be.dalil.bot.nlu;

import be.dalil.i18n.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The classical baseline Dalil's understanding must beat: TF-IDF over words, word pairs and
 * character 2-5-grams (sublinear tf, L2-normalised), one linear SVM per label trained by Pegasos
 * (hinge loss, stochastic sub-gradient), the best score wins. Trained on the same corpus and
 * normalisation; no place placeholder, no lexicon, no thresholds.
 *
 * @param <L> the label (an intent, a language)
 */
final class TfidfSvmBaseline<L> {

  private static final double LAMBDA = 1e-4;
  private static final int EPOCHS = 15;

  private final Map<String, Integer> vocabulary = new HashMap<>();
  private double[] idf;
  private final List<L> labels = new ArrayList<>();
  private double[][] weights;

  /** Trains on texts and their labels. */
  static <T, L> TfidfSvmBaseline<L> train(List<T> samples, Function<T, String> text,
      Function<T, L> label) {
    TfidfSvmBaseline<L> model = new TfidfSvmBaseline<>();
    model.fit(samples, text, label);
    return model;
  }

  private <T> void fit(List<T> samples, Function<T, String> text, Function<T, L> label) {
    List<Map<String, Integer>> counts = new ArrayList<>(samples.size());
    Map<String, Integer> documentFrequency = new HashMap<>();
    Map<L, Integer> labelIndex = new LinkedHashMap<>();
    for (T sample : samples) {
      Map<String, Integer> c = terms(text.apply(sample));
      counts.add(c);
      c.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
      labelIndex.computeIfAbsent(label.apply(sample), l -> labelIndex.size());
    }
    documentFrequency.forEach((term, df) -> vocabulary.put(term, vocabulary.size()));
    idf = new double[vocabulary.size()];
    documentFrequency.forEach((term, df) ->
        idf[vocabulary.get(term)] = Math.log((1.0 + samples.size()) / (1.0 + df)) + 1);
    labels.addAll(labelIndex.keySet());
    List<Map<Integer, Double>> vectors = new ArrayList<>(samples.size());
    int[] y = new int[samples.size()];
    for (int i = 0; i < samples.size(); i++) {
      vectors.add(vector(counts.get(i)));
      y[i] = labelIndex.get(label.apply(samples.get(i)));
    }
    weights = new double[labels.size()][vocabulary.size()];
    for (int k = 0; k < labels.size(); k++) {
      pegasos(weights[k], vectors, y, k);
    }
  }

  /** One-vs-rest Pegasos with an averaged step schedule. */
  private void pegasos(double[] w, List<Map<Integer, Double>> x, int[] y, int positive) {
    Random random = new Random(42 + positive);
    double scale = 1.0;
    long t = 1;
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      for (int step = 0; step < x.size(); step++, t++) {
        int i = random.nextInt(x.size());
        double label = y[i] == positive ? 1 : -1;
        double eta = 1.0 / (LAMBDA * t);
        double margin = label * scale * dot(w, x.get(i));
        scale *= 1 - eta * LAMBDA;
        if (scale < 1e-9) {
          for (int j = 0; j < w.length; j++) {
            w[j] *= scale;
          }
          scale = 1.0;
        }
        if (margin < 1) {
          for (Map.Entry<Integer, Double> e : x.get(i).entrySet()) {
            w[e.getKey()] += eta * label * e.getValue() / scale;
          }
        }
      }
    }
    for (int j = 0; j < w.length; j++) {
      w[j] *= scale;
    }
  }

  L predict(String text) {
    Map<Integer, Double> x = vector(terms(text));
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < labels.size(); k++) {
      double score = dot(weights[k], x);
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    return labels.get(best);
  }

  private Map<Integer, Double> vector(Map<String, Integer> counts) {
    Map<Integer, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      Integer index = vocabulary.get(e.getKey());
      if (index != null) {
        double value = (1 + Math.log(e.getValue())) * idf[index];
        v.put(index, value);
        norm += value * value;
      }
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      v.replaceAll((k, value) -> value / length);
    }
    return v;
  }

  private static double dot(double[] w, Map<Integer, Double> x) {
    double sum = 0;
    for (Map.Entry<Integer, Double> e : x.entrySet()) {
      sum += w[e.getKey()] * e.getValue();
    }
    return sum;
  }

  /** Words, word pairs and character 2-5-grams of each word, with counts. */
  static Map<String, Integer> terms(String text) {
    Map<String, Integer> terms = new HashMap<>();
    String previous = "^";
    for (String word : TextNormalizer.tokens(text)) {
      terms.merge("w=" + word, 1, Integer::sum);
      terms.merge("b=" + previous + "_" + word, 1, Integer::sum);
      previous = word;
      String padded = " " + word + " ";
      for (int n = 2; n <= 5; n++) {
        for (int i = 0; i + n <= padded.length(); i++) {
          terms.merge("c=" + padded.substring(i, i + n), 1, Integer::sum);
        }
      }
    }
    return terms;
  }
}
