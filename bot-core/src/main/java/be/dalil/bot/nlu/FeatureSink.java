package be.dalil.bot.nlu;

/**
 * Where feature extraction puts each feature, piece by piece: a feature is a prefix ("w=", "c=")
 * followed by pieces of the message. Training keeps the features as strings
 * ({@link FeatureText}); answering hashes them as the pieces come ({@link FeatureHashes}), so a
 * message costs no string per feature. Both see the same features because one extraction feeds
 * either.
 */
interface FeatureSink {

  /** Starts a feature with its kind's prefix. */
  FeatureSink begin(String prefix);

  FeatureSink add(CharSequence text);

  FeatureSink add(CharSequence text, int from, int to);

  FeatureSink add(char c);

  /** Ends the feature begun last. */
  void end();
}
