package be.dalil.bot.nlu;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>The build writes this compiled form ({@link #write}) beside OpenNLP's model and the jar ships
 * only it: reading OpenNLP's 22 MB of feature strings and building maps of them took a second of
 * CPU at every start, plus the collections and compilations that work set off.
 */
final class WeightedModel {

  /** "DLM" and the format's version: a jar never meets a file of another build. */
  private static final int MAGIC = 0x444c4d01;

  /** Only the outcomes are kept: OpenNLP's model and the weights' map would double the heap. */
  private final String[] outcomeNames;
  private final FeatureTable rows;
  /** Each row's whole feature hash, for {@link #write}: the table keeps only part of it. */
  private final long[] hashesByRow;
  /**
   * Row-major, {@link #stride} floats a row: the feature's inverse document frequency, then its
   * parameter for each outcome. Side by side, the two passes over a message's features meet the
   * same cache lines: under chat load the lookups went mostly to main memory.
   */
  private final float[] weights;
  private final int outcomes;
  private final int stride;
  private final int count;

  WeightedModel(MaxentModel model, FeatureWeights featureWeights) {
    this.outcomes = model.getNumOutcomes();
    this.outcomeNames = new String[outcomes];
    for (int o = 0; o < outcomes; o++) {
      outcomeNames[o] = model.getOutcome(o);
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> contexts = (Map<String, Context>) ((AbstractModel) model)
        .getDataStructures()[1];
    Map<String, Float> idfs = featureWeights.idf();
    this.stride = outcomes + 1;
    this.count = idfs.size();
    this.rows = new FeatureTable(count);
    this.hashesByRow = new long[count];
    this.weights = new float[Math.multiplyExact(count, stride)];
    int row = 0;
    for (Map.Entry<String, Float> e : idfs.entrySet()) {
      long hash = FeatureHashes.hash(e.getKey());
      if (!rows.put(hash, row)) {
        throw new IllegalStateException("two features share a hash: " + e.getKey());
      }
      hashesByRow[row] = hash;
      weights[row * stride] = e.getValue();
      Context context = contexts.get(e.getKey());
      if (context != null) {
        int[] of = context.getOutcomes();
        double[] values = context.getParameters();
        for (int i = 0; i < of.length; i++) {
          weights[row * stride + 1 + of[i]] = (float) values[i];
        }
      }
      row++;
    }
  }

  /** {@code weights} laid out as the field's comment says. */
  private WeightedModel(String[] outcomeNames, long[] hashes, float[] weights) {
    this.outcomes = outcomeNames.length;
    this.outcomeNames = outcomeNames;
    this.stride = outcomes + 1;
    this.count = hashes.length;
    this.weights = weights;
    this.rows = new FeatureTable(hashes.length);
    this.hashesByRow = hashes;
    for (int row = 0; row < hashes.length; row++) {
      if (!rows.put(hashes[row], row)) {
        throw new IllegalArgumentException("two rows share a feature hash");
      }
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
    // Each known feature's row and how often it occurs, counted in a small open-addressing table
    // (sorting the rows was a fifth of a long message's understanding). A slot is two ints: the
    // row + 1 (0: empty) and its count. Allocated per call: kept per thread, its ThreadLocal
    // lookups on Tomcat's threads cost more (4% of the chat's CPU) than the garbage it saved.
    int count = features.count();
    int mask = (Integer.highestOneBit(Math.max(2, count) * 2 - 1) << 1) - 1;
    int[] table = new int[2 * (mask + 1)];
    int[] slots = new int[count];
    // All lookups first, in a loop of their own: their misses in the large table are independent
    // and the processor overlaps them, where counting between them made it wait for each.
    // slots[i] holds feature i's row until the counting below reuses it (it writes at or before i).
    for (int i = 0; i < count; i++) {
      slots[i] = rows.get(features.get(i));
    }
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      int row = slots[i];
      if (row < 0) {
        continue;
      }
      int mixed = row * 0x9E3779B9;
      int slot = (mixed ^ mixed >>> 16) & mask;
      while (table[2 * slot] != 0 && table[2 * slot] != row + 1) {
        slot = (slot + 1) & mask;
      }
      if (table[2 * slot] == 0) {
        table[2 * slot] = row + 1;
        slots[distinct++] = slot;
      }
      table[2 * slot + 1]++;
    }
    // TF-IDF of each distinct feature (sublinear term frequency), then L2 normalisation.
    float[] values = new float[distinct];
    double norm = 0;
    for (int k = 0; k < distinct; k++) {
      int slot = slots[k];
      int times = table[2 * slot + 1];
      float value = (float) ((times == 1 ? 1 : 1 + Math.log(times))
          * weights[(table[2 * slot] - 1) * stride]);
      values[k] = value;
      norm += (double) value * value;
    }
    float length = (float) Math.sqrt(norm);
    double[] scores = new double[outcomes];
    for (int k = 0; k < distinct; k++) {
      float value = values[k] / length;
      int base = (table[2 * slots[k]] - 1) * stride + 1;
      for (int o = 0; o < outcomes; o++) {
        scores[o] += weights[base + o] * value;
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

  /**
   * Feature -> row: linear probing over 64-bit FNV-1a hashes of the feature's characters. A slot
   * is one long: the hash's top 40 bits and the row + 1 (0: empty), so that the table is half
   * the size of one holding whole hashes and rows (4 MB instead of 8 for the intent model): under
   * chat load its lookups were a twelfth of all CPU, most of it waiting on main memory. A feature
   * is its slot's home and those 40 bits: an unknown feature takes a known one's row with a
   * probability of about 2^-40 a lookup, and two known features that would share one are refused
   * when the model is read.
   */
  private static final class FeatureTable {
    private static final int ROW_BITS = 24;
    private static final long ROW_MASK = (1L << ROW_BITS) - 1;
    private final long[] slots;
    private final int mask;

    FeatureTable(int size) {
      if (size >= ROW_MASK) {
        throw new IllegalArgumentException("more than 2^24 features: " + size);
      }
      int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
      slots = new long[capacity];
      mask = capacity - 1;
    }

    /** False if a row already has this hash's slot and fingerprint. */
    boolean put(long hash, int row) {
      long fingerprint = fingerprint(hash);
      int slot = slot(hash);
      for (long entry = slots[slot]; entry != 0; entry = slots[slot]) {
        if ((entry & ~ROW_MASK) == fingerprint) {
          return false;
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = fingerprint | (row + 1L);
      return true;
    }

    /** The row of the feature with this hash, or -1. */
    int get(long hash) {
      long fingerprint = fingerprint(hash);
      for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
        long entry = slots[slot];
        if (entry == 0 || (entry & ~ROW_MASK) == fingerprint) {
          return (int) (entry & ROW_MASK) - 1;
        }
      }
    }

    private static long fingerprint(long hash) {
      return hash & ~ROW_MASK;
    }

    private int slot(long hash) {
      return (int) (hash ^ (hash >>> 32)) & mask;
    }
  }

  /**
   * Writes the compiled form: the outcomes, then per row its feature hash, its inverse document
   * frequency and its parameters, as flat big-endian arrays that {@link #readCompiled} copies in
   * bulk.
   */
  void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    data.writeInt(MAGIC);
    data.writeInt(outcomes);
    for (String name : outcomeNames) {
      data.writeUTF(name);
    }
    data.writeInt(count);
    for (long hash : hashesByRow) {
      data.writeLong(hash);
    }
    for (int row = 0; row < count; row++) {
      data.writeFloat(weights[row * stride]);
    }
    for (int row = 0; row < count; row++) {
      for (int o = 0; o < outcomes; o++) {
        data.writeFloat(weights[row * stride + 1 + o]);
      }
    }
    data.flush();
  }

  /** Reads what {@link #write} wrote. */
  static WeightedModel readCompiled(InputStream in) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes());
    try {
      if (bytes.getInt() != MAGIC) {
        throw new IOException("not a compiled model of this version");
      }
      String[] names = new String[bytes.getInt()];
      for (int o = 0; o < names.length; o++) {
        byte[] utf = new byte[Short.toUnsignedInt(bytes.getShort())];
        bytes.get(utf);
        // The names are topic ids and language codes: ASCII, where modified UTF-8 is UTF-8.
        names[o] = new String(utf, StandardCharsets.UTF_8);
      }
      int count = bytes.getInt();
      long[] hashes = new long[count];
      bytes.asLongBuffer().get(hashes);
      bytes.position(bytes.position() + count * Long.BYTES);
      int stride = names.length + 1;
      float[] weights = new float[Math.multiplyExact(count, stride)];
      FloatBuffer idf = bytes.asFloatBuffer();
      for (int row = 0; row < count; row++) {
        weights[row * stride] = idf.get();
      }
      bytes.position(bytes.position() + count * Float.BYTES);
      FloatBuffer parameters = bytes.asFloatBuffer();
      for (int row = 0; row < count; row++) {
        parameters.get(weights, row * stride + 1, names.length);
      }
      bytes.position(bytes.position() + Math.multiplyExact(count, names.length) * Float.BYTES);
      if (bytes.hasRemaining()) {
        throw new IOException("compiled model has trailing bytes");
      }
      return new WeightedModel(names, hashes, weights);
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      throw new IOException("truncated or corrupt compiled model", e);
    }
  }

  static MaxentModel readMaxent(InputStream model) throws IOException {
    return new GenericModelReader(new BinaryFileDataReader(model)).getModel();
  }
}
