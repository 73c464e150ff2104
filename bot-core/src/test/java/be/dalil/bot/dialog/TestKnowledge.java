package be.dalil.bot.dialog;

import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.KnowledgeStorage;
import java.time.Clock;

/** One shipped knowledge base on in-memory stores, shared by the dialog tests. */
public final class TestKnowledge {

  private static KnowledgeBase knowledge;

  private TestKnowledge() {}

  public static synchronized KnowledgeBase get() {
    if (knowledge == null) {
      knowledge = KnowledgeBase.open(KnowledgeStorage.inMemory(), Clock.systemUTC());
    }
    return knowledge;
  }
}
