package be.dalil.bot.nlu;

import be.dalil.i18n.TextNormalizer;
import be.dalil.knowledge.PlaceResolver;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A tool, not a test: prints how the shipped interpreter reads each message given as an
 * argument: the decision, the whole message's five likeliest intents and, for a long message,
 * each sentence's. For looking into a misreading found by trying the product; never feed it
 * test-set lines.
 * {@code mvn -q -pl bot-core exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=be.dalil.bot.nlu.NluExplain -Dexec.args="'my wife is sick'"}
 */
public final class NluExplain {

  private NluExplain() {}

  public static void main(String[] args) {
    PlaceResolver places = PlaceResolver.shipped();
    IntentClassifier intents = NluModels.shippedIntents();
    MessageInterpreter interpreter = MessageInterpreter.loadShipped(places);
    for (String text : args) {
      Understanding understood = interpreter.interpret(text, Optional.empty());
      System.out.printf(Locale.ROOT, "%s%n  -> %s %.3f close=%s also=%s%n", text,
          understood.intent(), understood.confidence(), understood.close(),
          understood.alsoAsked().map(t -> t.id()).orElse("-"));
      print("whole", intents, text, places);
      List<String> sentences = TextNormalizer.sentences(text);
      if (sentences.size() > 1) {
        for (String sentence : sentences) {
          print("  " + sentence.strip(), intents, sentence, places);
        }
      }
    }
  }

  private static void print(String label, IntentClassifier intents, String text,
      PlaceResolver places) {
    List<String> tokens = TextNormalizer.tokens(text);
    List<IntentClassifier.Scored> ranked = intents.rank(intents.distribution(
        IntentFeatures.hashes(tokens, places.findMention(text, tokens, false))));
    StringBuilder line = new StringBuilder("  ").append(label).append(':');
    for (IntentClassifier.Scored s : ranked.subList(0, 5)) {
      line.append(String.format(Locale.ROOT, " %s %.2f", s.topic().id(), s.probability()));
    }
    System.out.println(line);
  }
}
