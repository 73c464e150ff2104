package be.dalil.bot.nlu;

import be.dalil.knowledge.Topic;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Needs stated without a question ("je n'ai plus rien à manger", "I have nothing to eat"), from
 * the words of {@code nlu-lexicon/stated-needs.txt}. A word list rather than training lines:
 * twelve training lines about hunger fixed these messages but, through the retrained model,
 * changed nineteen unrelated conversations; a list changes only messages that contain its words.
 */
final class StatedNeeds {

  static final String RESOURCE = "nlu-lexicon/stated-needs.txt";

  /** One-word entries (and the stems of Arabic ones) -> their topic. */
  private final Map<String, Topic> words;
  /** Entries of several words -> their topic, in the file's order. */
  private final Map<List<String>, Topic> phrases;

  private StatedNeeds(Map<String, Topic> words, Map<List<String>, Topic> phrases) {
    this.words = Map.copyOf(words);
    this.phrases = Collections.unmodifiableMap(new LinkedHashMap<>(phrases));
  }

  static StatedNeeds load() {
    Map<String, Topic> words = new HashMap<>();
    Map<List<String>, Topic> phrases = new LinkedHashMap<>();
    for (LexiconFile.Entry entry : LexiconFile.read(RESOURCE)) {
      Topic topic = Topic.fromId(entry.key()).filter(Topic::isPractical).orElseThrow(
          () -> new IllegalStateException(RESOURCE + ": not a practical topic: " + entry.key()));
      for (List<String> word : entry.words()) {
        if (word.size() > 1) {
          phrases.putIfAbsent(word, topic);
        } else {
          LexiconWords.keysOf(word.get(0)).forEach(key -> words.putIfAbsent(key, topic));
        }
      }
    }
    return new StatedNeeds(words, phrases);
  }

  /** The topic of the first need the tokens state, if any. */
  Optional<Topic> in(List<String> tokens) {
    for (String token : tokens) {
      Topic topic = words.get(token);
      if (topic == null) {
        topic = words.get(LexiconWords.stemOf(token));
      }
      if (topic != null) {
        return Optional.of(topic);
      }
    }
    for (Map.Entry<List<String>, Topic> phrase : phrases.entrySet()) {
      if (Collections.indexOfSubList(tokens, phrase.getKey()) >= 0) {
        return Optional.of(phrase.getValue());
      }
    }
    return Optional.empty();
  }
}
