package be.dalil.bot.nlu;

import be.dalil.knowledge.Topic;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Words that name a topic in so many words, from a lexicon file: needs stated without a question
 * ("je n'ai plus rien à manger", {@value #STATED_NEEDS}), verbs whose object, when no other is
 * named, is one step ("hoe schrijf ik me in", {@value #BARE_VERBS}), and having no roof, whose
 * help comes before a housing answer ({@value #WITHOUT_A_ROOF}). Word lists rather than
 * training lines: twelve training lines about hunger fixed those messages but, through the
 * retrained model, changed nineteen unrelated conversations; twenty-seven about registering
 * changed about forty turns of the golden transcript and three frozen-set figures. A list
 * changes only messages that contain its words.
 */
final class TopicWords {

  static final String STATED_NEEDS = "nlu-lexicon/stated-needs.txt";
  static final String BARE_VERBS = "nlu-lexicon/bare-verbs.txt";
  static final String WITHOUT_A_ROOF = "nlu-lexicon/without-a-roof.txt";

  /** One-word entries (and the stems of Arabic ones) -> their topic. */
  private final Map<String, Topic> words;
  /** Entries of several words -> their topic, in the file's order. */
  private final Map<List<String>, Topic> phrases;

  private TopicWords(Map<String, Topic> words, Map<List<String>, Topic> phrases) {
    this.words = Map.copyOf(words);
    this.phrases = Collections.unmodifiableMap(new LinkedHashMap<>(phrases));
  }

  static TopicWords load(String resource) {
    Map<String, Topic> words = new HashMap<>();
    Map<List<String>, Topic> phrases = new LinkedHashMap<>();
    for (LexiconFile.Entry entry : LexiconFile.read(resource)) {
      Topic topic = Topic.fromId(entry.key()).filter(Topic::isPractical).orElseThrow(
          () -> new IllegalStateException(resource + ": not a practical topic: " + entry.key()));
      for (List<String> word : entry.words()) {
        if (word.size() > 1) {
          phrases.putIfAbsent(word, topic);
        } else {
          LexiconWords.keysOf(word.get(0)).forEach(key -> words.putIfAbsent(key, topic));
        }
      }
    }
    return new TopicWords(words, phrases);
  }

  /** The topic of the first word of the list among the tokens, if any. */
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
