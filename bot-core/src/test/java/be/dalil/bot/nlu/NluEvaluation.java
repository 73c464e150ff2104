package be.dalil.bot.nlu;

import be.dalil.i18n.Language;
import be.dalil.knowledge.PlaceResolver;
import be.dalil.knowledge.Topic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Measures understanding on a labelled set (the dev set for tuning, the frozen test set for the
 * figures the README reports), beside the classical baseline ({@link TfidfSvmBaseline}) trained
 * on the same corpus: intent accuracy overall, per language, per variant and for long messages;
 * out-of-scope recall and in-scope messages rejected; urgent recall and false alarms; language
 * identification. {@code NluEvaluation <set dir> <train dir> [report file]}.
 */
public final class NluEvaluation {

  /** Messages of this many words or more are "long". */
  static final int LONG = 25;

  /**
   * One labelled line and what a classifier made of it: the intent it acts on, and its top
   * reading before any decision rule (for Dalil, before the urgency threshold and the
   * out-of-scope floor; for the baseline, the same).
   */
  record Result(Utterance gold, Topic intent, Topic topReading, Language language,
      boolean clarified) {
    boolean correct() {
      return intent == gold.intent();
    }

    long words() {
      return gold.text().strip().split("\\s+").length;
    }
  }

  /** The figures the targets are about, for one classifier. */
  record Report(String name, int size, double accuracy, Map<String, Double> groups,
      double oosRecall, double inScopeRejected, double urgentRecall, double falseUrgent,
      double urgentRecallTop, double falseUrgentTop, double languageAccuracy, double clarified,
      List<String> confusions) {}

  private NluEvaluation() {}

  /** The directory name of the frozen test set. */
  static final String TEST_SET = "nlu-test";
  /**
   * A second dev set for the urgency decision: ordinary messages with alarming words (a phone
   * that fell, a sick cat, police checking papers yesterday, smoke detectors) and emergencies
   * worded like them, by an author of neither the training nor the test lines; since December
   * 2026 also 120 requests for a doctor beside symptoms, half of them needing 112 (a child who
   * struggles to breathe, stroke signs, a swallowed dishwasher tablet), by another such author.
   * Reported on its
   * own ({@code exec:java@nlu-near-urgent}); not held to the targets, since it was written to
   * find failures, only kept from slipping back ({@code NluNearUrgentSetTest}).
   */
  static final String NEAR_URGENT_SET = "src/test/resources/nlu-near-urgent";
  /** A second frozen test set by a third author, measured before any tuning could see it. */
  static final String UNSEEN_SET = "src/test/resources/nlu-unseen";

  public static void main(String[] args) throws IOException {
    Path set = Path.of(args.length > 0 ? args[0] : "src/test/resources/nlu-dev");
    Path train = Path.of(args.length > 1 ? args[1] : "src/test/resources/nlu-train");
    List<Utterance> lines = NluCorpus.readDirectory(set);
    Report dalil = evaluate("Dalil", lines, dalil(MessageInterpreter.loadShipped(
        PlaceResolver.shipped())));
    Report baseline = Boolean.getBoolean("nlu.noBaseline") ? dalil
        : evaluate("TF-IDF + linear SVM", lines, baseline(NluCorpus.readDirectory(train)));
    String text = format(set.getFileName().toString(), dalil, baseline);
    System.out.print(text);
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), text, StandardCharsets.UTF_8);
    }
  }

  /** Dalil's interpreter, each line as the first message of a conversation. */
  static Function<Utterance, Result> dalil(MessageInterpreter interpreter) {
    return u -> {
      Understanding understood = interpreter.interpret(u.text(), Optional.empty());
      return new Result(u, understood.intent(), interpreter.readings(u.text()).get(0).topic(),
          understood.language(), understood.needsClarification());
    };
  }

  /** The baseline: one model for the intent, one for the language. */
  static Function<Utterance, Result> baseline(List<Utterance> train) {
    TfidfSvmBaseline<Topic> intents = TfidfSvmBaseline.train(train, Utterance::text,
        Utterance::intent);
    TfidfSvmBaseline<Language> languages = TfidfSvmBaseline.train(
        train.stream().filter(u -> !u.variant().equals("mixed")).toList(), Utterance::text,
        Utterance::language);
    return u -> {
      Topic intent = intents.predict(u.text());
      return new Result(u, intent, intent, languages.predict(u.text()), false);
    };
  }

  static Report evaluate(String name, List<Utterance> lines,
      Function<Utterance, Result> classifier) {
    List<Result> results = lines.stream().map(classifier).toList();
    Map<String, Double> groups = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      groups.put(language.code(), share(results, r -> r.gold().language() == language,
          Result::correct));
    }
    new TreeMap<>(byVariant(results)).forEach(groups::put);
    groups.put("long (25+ words)", share(results, r -> r.words() >= LONG, Result::correct));
    Map<String, Integer> confusions = new TreeMap<>();
    results.stream().filter(r -> !r.correct()).forEach(r -> confusions.merge(
        r.gold().intent().id() + " -> " + r.intent().id(), 1, Integer::sum));
    return new Report(name, results.size(), share(results, r -> true, Result::correct), groups,
        share(results, r -> r.gold().intent() == Topic.OUT_OF_SCOPE,
            r -> r.intent() == Topic.OUT_OF_SCOPE),
        share(results, r -> r.gold().intent() != Topic.OUT_OF_SCOPE,
            r -> r.intent() == Topic.OUT_OF_SCOPE),
        share(results, r -> r.gold().intent() == Topic.EMERGENCY,
            r -> r.intent() == Topic.EMERGENCY),
        share(results, r -> r.gold().intent() != Topic.EMERGENCY,
            r -> r.intent() == Topic.EMERGENCY),
        share(results, r -> r.gold().intent() == Topic.EMERGENCY,
            r -> r.topReading() == Topic.EMERGENCY),
        share(results, r -> r.gold().intent() != Topic.EMERGENCY,
            r -> r.topReading() == Topic.EMERGENCY),
        share(results, r -> r.words() >= 3 && !r.gold().variant().equals("mixed")
            && r.gold().intent() != Topic.CHANGE_LANGUAGE,
            r -> r.language() == r.gold().language()),
        share(results, r -> true, Result::clarified),
        confusions.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
            .map(e -> e.getValue() + "  " + e.getKey()).toList());
  }

  private static Map<String, Double> byVariant(List<Result> results) {
    Map<String, Double> variants = new TreeMap<>();
    results.stream().map(r -> variant(r.gold())).distinct().forEach(v ->
        variants.put(v, share(results, r -> variant(r.gold()).equals(v), Result::correct)));
    return variants;
  }

  /**
   * The variant of a line's file: "ar-darija", "ar-arabizi", "mixed", "<lang>-standard", or the
   * kind of message of a file in every language ({@code all-forum-long.tsv}: "forum-long").
   */
  private static String variant(Utterance u) {
    return switch (u.variant()) {
      case "mixed" -> "mixed (code-switching)";
      case "standard" -> u.language().code() + "-standard";
      case "darija", "arabizi" -> "ar-" + u.variant();
      default -> u.variant();
    };
  }

  /** The share of {@code among} for which {@code test} holds; NaN when none. */
  static double share(List<Result> results, Predicate<Result> among, Predicate<Result> test) {
    long n = results.stream().filter(among).count();
    return n == 0 ? Double.NaN
        : (double) results.stream().filter(among).filter(test).count() / n;
  }

  static String format(String set, Report dalil, Report baseline) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Set: %s, %d messages%n%n", set, dalil.size()));
    out.append(String.format(Locale.ROOT, "%-36s %10s %10s%n", "", "Dalil", "baseline"));
    row(out, "intent accuracy (target >= 95%)", dalil.accuracy(), baseline.accuracy());
    dalil.groups().forEach((group, value) ->
        row(out, "  " + group + " (>= 92%)", value, baseline.groups().get(group)));
    row(out, "out of scope recall (>= 90%)", dalil.oosRecall(), baseline.oosRecall());
    row(out, "in-scope rejected (<= 3%)", dalil.inScopeRejected(), baseline.inScopeRejected());
    row(out, "urgent recall (>= 98%)", dalil.urgentRecall(), baseline.urgentRecall());
    row(out, "taken as urgent, others (<= 1%)", dalil.falseUrgent(), baseline.falseUrgent());
    // The same two with no decision rule on either side: the models compared like for like,
    // apart from where Dalil's urgency threshold puts it.
    row(out, "  urgent recall, top reading only", dalil.urgentRecallTop(),
        baseline.urgentRecallTop());
    row(out, "  taken as urgent, top reading only", dalil.falseUrgentTop(),
        baseline.falseUrgentTop());
    row(out, "language, 3+ words (>= 98%)", dalil.languageAccuracy(),
        baseline.languageAccuracy());
    row(out, "answered with a clarifying question", dalil.clarified(), baseline.clarified());
    // The frozen test set reports totals only: its errors are not to be looked at while tuning.
    if (!TEST_SET.equals(set)) {
      out.append(String.format(Locale.ROOT,
          "%nMost frequent confusions of Dalil (gold -> understood):%n"));
      dalil.confusions().forEach(c -> out.append("  ").append(c).append('\n'));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String label, double a, double b) {
    out.append(String.format(Locale.ROOT, "%-36s %9.1f%% %9.1f%%%n", label, a * 100, b * 100));
  }
}
