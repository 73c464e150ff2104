package be.dalil.bot.nlu;

import be.dalil.knowledge.PlaceResolver;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A tool, not a test: prints the dev-set lines the interpreter gets wrong, with what it
 * understood, for tuning. Never run it on the test set.
 * {@code mvn -q -pl bot-core exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=be.dalil.bot.nlu.NluMisses -Dexec.args="[min words]"}
 */
public final class NluMisses {

  private NluMisses() {}

  public static void main(String[] args) {
    int minWords = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    MessageInterpreter interpreter = MessageInterpreter.loadShipped(PlaceResolver.shipped());
    for (Utterance u : NluCorpus.readDirectory(Path.of("src/test/resources/nlu-dev"))) {
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
