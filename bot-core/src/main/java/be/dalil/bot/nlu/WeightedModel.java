package be.dalil.bot.nlu;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/** An OpenNLP maximum-entropy model over real-valued (weighted) features. */
record WeightedModel(MaxentModel model, FeatureWeights weights) {

  /** The probability of every outcome, in the model's order. */
  double[] eval(String[] features) {
    FeatureWeights.Weighted weighted = weights.weigh(features);
    return model.eval(weighted.context(), weighted.values());
  }

  static WeightedModel read(InputStream model, InputStream weights) throws IOException {
    return new WeightedModel(new GenericModelReader(new BinaryFileDataReader(model)).getModel(),
        FeatureWeights.read(weights));
  }
}
