package be.dalil.bot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.knowledge.PlaceResolver;
import java.nio.file.Path;

/** The understanding targets, checked on the dev set and on the frozen test set. */
final class NluTargets {

  static final Path TRAIN = Path.of("src/test/resources/nlu-train");

  private NluTargets() {}

  static NluEvaluation.Report dalil(Path set) {
    return NluEvaluation.evaluate("Dalil", NluCorpus.readDirectory(set),
        NluEvaluation.dalil(MessageInterpreter.loadShipped(PlaceResolver.shipped())));
  }

  static NluEvaluation.Report baseline(Path set) {
    return baseline(set, NluEvaluation.baseline(NluCorpus.readDirectory(TRAIN)));
  }

  /** The baseline on a set, with a baseline already trained (training takes most of a minute). */
  static NluEvaluation.Report baseline(Path set,
      java.util.function.Function<Utterance, NluEvaluation.Result> trained) {
    return NluEvaluation.evaluate("baseline", NluCorpus.readDirectory(set), trained);
  }

  static void meetsTheTargets(NluEvaluation.Report r) {
    assertThat(r.accuracy()).as("intent accuracy").isGreaterThanOrEqualTo(0.95);
    r.groups().forEach((group, value) ->
        assertThat(value).as(group).isGreaterThanOrEqualTo(0.92));
    assertThat(r.oosRecall()).as("out-of-scope recall").isGreaterThanOrEqualTo(0.90);
    assertThat(r.inScopeRejected()).as("in-scope rejected").isLessThanOrEqualTo(0.03);
    assertThat(r.urgentRecall()).as("urgent recall").isGreaterThanOrEqualTo(0.98);
    assertThat(r.falseUrgent()).as("taken as urgent").isLessThanOrEqualTo(0.01);
    assertThat(r.languageAccuracy()).as("language").isGreaterThanOrEqualTo(0.98);
  }
}
