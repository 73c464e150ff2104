package be.dalil.knowledge;

import java.util.List;

/** Where topic labels and practical answers are kept. */
public interface AnswerStore {

  /** Inserts or replaces the texts by topic. */
  void storeAll(List<TopicTexts> texts);

  List<TopicTexts> loadAll();
}
