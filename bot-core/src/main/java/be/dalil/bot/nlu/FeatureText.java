package be.dalil.bot.nlu;

import java.util.ArrayList;
import java.util.List;

/** Features as strings: what OpenNLP trains on. */
final class FeatureText implements FeatureSink {

  private final List<String> features = new ArrayList<>();
  private final StringBuilder current = new StringBuilder(24);

  @Override
  public FeatureSink begin(String prefix) {
    current.setLength(0);
    current.append(prefix);
    return this;
  }

  @Override
  public FeatureSink add(CharSequence text) {
    current.append(text);
    return this;
  }

  @Override
  public FeatureSink add(CharSequence text, int from, int to) {
    current.append(text, from, to);
    return this;
  }

  @Override
  public FeatureSink add(char c) {
    current.append(c);
    return this;
  }

  @Override
  public void end() {
    features.add(current.toString());
  }

  String[] toArray() {
    return features.toArray(String[]::new);
  }
}
