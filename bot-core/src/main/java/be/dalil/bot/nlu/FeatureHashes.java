package be.dalil.bot.nlu;

import java.util.Arrays;

/**
 * Features as 64-bit FNV-1a hashes of their characters, computed piece by piece: the hash of a
 * feature is the hash of the string the same pieces would make ({@link #hash(CharSequence)}), which
 * is how {@link WeightedModel} finds its rows.
 */
final class FeatureHashes implements FeatureSink {

  private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private long[] hashes;
  private int count;
  private long current;

  FeatureHashes() {
    this(64);
  }

  /** Room for {@code expected} features before growing (growing was 6% of the chat's garbage). */
  FeatureHashes(int expected) {
    hashes = new long[Math.max(16, expected)];
  }

  static long hash(CharSequence s) {
    long h = OFFSET_BASIS;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= PRIME;
    }
    return h;
  }

  static FeatureHashes of(String... features) {
    FeatureHashes hashes = new FeatureHashes();
    for (String feature : features) {
      hashes.begin(feature).end();
    }
    return hashes;
  }

  @Override
  public FeatureSink begin(String prefix) {
    current = OFFSET_BASIS;
    return add(prefix, 0, prefix.length());
  }

  @Override
  public FeatureSink add(CharSequence text) {
    return add(text, 0, text.length());
  }

  @Override
  public FeatureSink add(CharSequence text, int from, int to) {
    long h = current;
    for (int i = from; i < to; i++) {
      h ^= text.charAt(i);
      h *= PRIME;
    }
    current = h;
    return this;
  }

  @Override
  public FeatureSink add(char c) {
    current = (current ^ c) * PRIME;
    return this;
  }

  @Override
  public void end() {
    if (count == hashes.length) {
      hashes = Arrays.copyOf(hashes, count * 2);
    }
    hashes[count++] = current;
  }

  int count() {
    return count;
  }

  long get(int index) {
    return hashes[index];
  }
}
