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
 * Understanding one message (normalisation, tokens, place, language, intent): the targets are a
 * median of at most 100 microseconds for a short message and 1 ms for a long forum-style one
 * (read whole and sentence by sentence) on a 2-core machine. Run with
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

  /** Forum-style messages, 40 to 80 words, background before the question. */
  private static final List<String> LONG = List.of(
      "Hello everyone, I moved to Leuven three weeks ago with my wife and our two kids because I "
          + "got a job at a software company. We are staying in a furnished flat for now, but the "
          + "contract ends next month and landlords keep asking for payslips and a Belgian bank "
          + "account, which I do not have yet. How do other newcomers find a flat in this "
          + "situation, and is there an organisation that helps with the rental guarantee?",
      "Bonjour, je suis arrivée à Schaerbeek en septembre pour rejoindre mon mari dans le cadre "
          + "du regroupement familial. J'ai reçu une annexe 15 à la commune et on m'a dit "
          + "d'attendre la visite de l'agent de quartier, mais personne n'est venu depuis six "
          + "semaines. Est-ce normal, et est-ce que je peux déjà travailler ou m'inscrire à une "
          + "mutuelle avec ce document ?",
      "Goedemiddag, ik woon sinds kort in Gent en ik heb in Marokko een diploma verpleegkunde "
          + "behaald. Ik spreek al een beetje Nederlands, maar ik weet niet of mijn diploma hier "
          + "erkend wordt en of ik eerst een taalcursus moet volgen voordat ik in een ziekenhuis "
          + "mag werken. Waar moet ik beginnen en hoe lang duurt zo'n erkenning meestal?",
      "السلام عليكم، وصلت إلى بروكسل منذ شهر مع زوجتي وأطفالي الثلاثة، وسجلنا في البلدية "
          + "وننتظر بطاقة الإقامة. ابني الكبير عمره اثنا عشر عامًا ولا يتكلم الفرنسية ولا "
          + "الهولندية، وقيل لنا إن هناك صفوفًا خاصة للأطفال القادمين حديثًا. كيف نسجله في مدرسة "
          + "قريبة من أندرلخت، وهل نحتاج إلى أوراق معينة؟");

  private MessageInterpreter interpreter;
  private int next;
  private int nextLong;

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

  @Benchmark
  public Understanding understandOneLongMessage() {
    String message = LONG.get(nextLong);
    nextLong = (nextLong + 1) % LONG.size();
    return interpreter.interpret(message, Optional.empty());
  }
}
