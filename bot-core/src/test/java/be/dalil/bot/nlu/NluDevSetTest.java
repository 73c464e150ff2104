package be.dalil.bot.nlu;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Understanding on the dev set (the set tuning is done on) meets the targets. The full report:
 * {@code mvn -pl bot-core exec:java@nlu-eval}.
 */
class NluDevSetTest {

  @Test
  void meetsTheTargetsOnTheDevSet() {
    NluTargets.meetsTheTargets(NluTargets.dalil(Path.of("src/test/resources/nlu-dev")));
  }
}
