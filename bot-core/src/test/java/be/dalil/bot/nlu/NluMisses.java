package be.dalil.bot.nlu;

import be.dalil.knowledge.PlaceResolver;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A tool, not a test: prints the dev-set lines the interpreter gets wrong, with what it
 * understood, for tuning. Never run it on the test set. Another dev set (the near-urgent slice)
 * with {@code -Dnlu.set=src/test/resources/nlu-near-urgent}.
 * {@code mvn -q -pl bot-core exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=be.dalil.bot.nlu.NluMisses -Dexec.args="[min words]"}
 */
public final class NluMisses {

  private NluMisses() {}

  public static void main(String[] args) {
    int minWords = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    MessageInterpreter interpreter = MessageInterpreter.loadShipped(PlaceResolver.shipped());
    Path set = Path.of(System.getProperty("nlu.set", "src/test/resources/nlu-dev"));
    if (set.endsWith(NluEvaluation.TEST_SET)) {
      throw new IllegalArgumentException("the test set's errors are not for tuning");
    }
    for (Utterance u : NluCorpus.readDirectory(set)) {
      if (u.text().split("\\s+").length < minWords) {
        continue;
      }
      Understanding understood = interpreter.interpret(u.text(), Optional.empty());
      if (Boolean.getBoolean("languages")) {
        if (understood.language() != u.language() && !u.variant().equals("mixed")
            && u.text().split("\\s+").length >= 3) {
          System.out.printf("%s -> %s  %s%n", u.language(), understood.language(), u.text());
        }
        continue;
      }
      if (understood.intent() != u.intent()) {
        System.out.printf("%-20s -> %-20s %.2f  %s%n", u.intent(), understood.intent(),
            understood.confidence(), u.text());
      }
    }
  }
}
