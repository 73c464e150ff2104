package be.dalil.bot.nlu;

import be.dalil.knowledge.PlaceResolver;
import java.util.Locale;

/**
 * Prints the heap the understanding models take and how long they take to load (the start-up
 * cost they add). {@code mvn -q -pl bot-core test-compile exec:exec@footprint}
 */
public final class NluFootprint {

  private NluFootprint() {}

  public static void main(String[] args) throws InterruptedException {
    PlaceResolver places = PlaceResolver.shipped();
    long before = usedAfterGc();
    long start = System.nanoTime();
    MessageInterpreter interpreter = MessageInterpreter.loadShipped(places);
    long loadMillis = (System.nanoTime() - start) / 1_000_000;
    long after = usedAfterGc();
    System.out.printf(Locale.ROOT, "Models loaded in %d ms, heap %.1f MB (target <= 50 MB)%n",
        loadMillis, (after - before) / 1e6);
    // Keep the models reachable until measured.
    System.out.println(interpreter.interpret("hello", java.util.Optional.empty()).intent());
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
