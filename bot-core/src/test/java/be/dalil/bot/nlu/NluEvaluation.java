package be.dalil.bot.nlu;

import be.dalil.i18n.Language;
import be.dalil.knowledge.PlaceResolver;
import be.dalil.knowledge.Topic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Measures understanding on the held-out dev set: intent accuracy per language, intent and
 * variant; out-of-scope precision and recall; in-scope messages wrongly rejected; language
 * identification; and the most frequent confusions. {@code NluEvaluation <dev dir>}.
 */
public final class NluEvaluation {

  /** One dev line and what the interpreter made of it. */
  record Result(Utterance gold, Understanding understood, long words) {
    boolean intentCorrect() {
      return understood.intent() == gold.intent();
    }

    boolean rejected() {
      return understood.intent() == Topic.OUT_OF_SCOPE;
    }
  }

  /** The figures the targets are about. */
  record Report(double accuracy, Map<String, double[]> byLanguage, Map<String, double[]> byVariant,
      Map<String, double[]> byIntent, double oosPrecision, double oosRecall,
      double inScopeRejected, double languageAccuracy3Words, double clarified,
      List<Map.Entry<String, Integer>> confusions, int size) {}

  private NluEvaluation() {}

  public static void main(String[] args) {
    Path dev = Path.of(args.length > 0 ? args[0] : "src/test/resources/nlu-dev");
    Report report = evaluate(NluCorpus.readDirectory(dev),
        MessageInterpreter.loadShipped(PlaceResolver.shipped()));
    print(report);
  }

  static Report evaluate(List<Utterance> dev, MessageInterpreter interpreter) {
    List<Result> results = new ArrayList<>(dev.size());
    for (Utterance u : dev) {
      Understanding understood = interpreter.interpret(u.text(), Optional.empty());
      long words = u.text().strip().split("\\s+").length;
      results.add(new Result(u, understood, words));
    }
    long oosGold = results.stream().filter(r -> r.gold().intent() == Topic.OUT_OF_SCOPE).count();
    long oosPredicted = results.stream().filter(Result::rejected).count();
    long oosBoth = results.stream()
        .filter(r -> r.rejected() && r.gold().intent() == Topic.OUT_OF_SCOPE).count();
    List<Result> inScope = results.stream()
        .filter(r -> r.gold().intent() != Topic.OUT_OF_SCOPE).toList();
    List<Result> long3 = results.stream().filter(r -> r.words() >= 3).toList();
    Map<String, Integer> confusions = new TreeMap<>();
    results.stream().filter(r -> !r.intentCorrect()).forEach(r -> confusions.merge(
        r.gold().intent().id() + " -> " + r.understood().intent().id(), 1, Integer::sum));
    return new Report(
        share(results, Result::intentCorrect),
        group(results, r -> r.gold().language().code()),
        group(results, r -> r.gold().language().code() + "-" + r.gold().variant()),
        group(results, r -> r.gold().intent().id()),
        oosPredicted == 0 ? 0 : (double) oosBoth / oosPredicted,
        oosGold == 0 ? 0 : (double) oosBoth / oosGold,
        share(inScope, Result::rejected),
        share(long3, r -> r.understood().language() == r.gold().language()
            || r.gold().variant().equals("mixed")),
        share(results, r -> r.understood().needsClarification()),
        confusions.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15).toList(),
        results.size());
  }

  private static double share(List<Result> results, java.util.function.Predicate<Result> test) {
    return results.isEmpty() ? 0 : (double) results.stream().filter(test).count() / results.size();
  }

  /** Accuracy and size per group. */
  private static Map<String, double[]> group(List<Result> results, Function<Result, String> key) {
    Map<String, double[]> groups = new TreeMap<>();
    for (Result r : results) {
      double[] g = groups.computeIfAbsent(key.apply(r), k -> new double[2]);
      g[0] += r.intentCorrect() ? 1 : 0;
      g[1] += 1;
    }
    groups.values().forEach(g -> g[0] = g[0] / g[1]);
    return groups;
  }

  static void print(Report r) {
    System.out.printf(Locale.ROOT, "Dev set: %d messages%n", r.size());
    System.out.printf(Locale.ROOT, "Intent accuracy: %.1f%%  (target >= 95%%)%n", r.accuracy() * 100);
    System.out.println("Per language (target >= 92% each):");
    r.byLanguage().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-4s %5.1f%%  n=%d%n", k,
        v[0] * 100, (int) v[1]));
    System.out.println("Per variant (arabizi target >= 92%):");
    r.byVariant().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-12s %5.1f%%  n=%d%n", k,
        v[0] * 100, (int) v[1]));
    System.out.println("Per intent:");
    r.byIntent().entrySet().stream().sorted(Comparator.comparingDouble(e -> e.getValue()[0]))
        .forEach(e -> System.out.printf(Locale.ROOT, "  %-22s %5.1f%%  n=%d%n", e.getKey(),
            e.getValue()[0] * 100, (int) e.getValue()[1]));
    System.out.printf(Locale.ROOT, "Out of scope: precision %.1f%%, recall %.1f%% (target >= 90%%)%n",
        r.oosPrecision() * 100, r.oosRecall() * 100);
    System.out.printf(Locale.ROOT, "In-scope messages rejected: %.1f%% (target <= 3%%)%n",
        r.inScopeRejected() * 100);
    System.out.printf(Locale.ROOT, "Language identification, 3+ words: %.1f%% (target >= 98%%)%n",
        r.languageAccuracy3Words() * 100);
    System.out.printf(Locale.ROOT, "Answered with a clarifying question: %.1f%%%n",
        r.clarified() * 100);
    System.out.println("Most frequent confusions (gold -> understood):");
    r.confusions().forEach(e -> System.out.printf(Locale.ROOT, "  %3d  %s%n", e.getValue(),
        e.getKey()));
  }

}
