package be.dalil.bot.nlu;

import be.dalil.i18n.Language;
import be.dalil.knowledge.PlaceResolver;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Understanding one message (normalisation, tokens, place, language, intent): the target is a
 * median of at most 100 microseconds on a 2-core machine. Run with
 * {@code mvn -q -pl bot-core test-compile exec:exec@bench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class UnderstandingBenchmark {

  private static final List<String> MESSAGES = List.of(
      "Where can I learn Dutch in Schaerbeek?",
      "أين يمكنني تعلم الهولندية في سكاربيك؟",
      "Où apprendre le néerlandais à Schaerbeek ?",
      "Waar kan ik Nederlands leren in Schaarbeek?",
      "kifach nsjel f la commune dyal molenbeek",
      "bghit n9ra lholandia",
      "je cherche un appart pas cher a anderlecht svp",
      "mijn verblijfskaart is vervallen wat moet ik doen",
      "بدي طبيب بيحكي عربي بغنت",
      "merci");

  private MessageInterpreter interpreter;
  private int next;

  @Setup
  public void load() {
    interpreter = MessageInterpreter.loadShipped(PlaceResolver.shipped());
  }

  @Benchmark
  public Understanding understandOneMessage() {
    String message = MESSAGES.get(next);
    next = (next + 1) % MESSAGES.size();
    return interpreter.interpret(message, Optional.of(Language.EN));
  }
}
