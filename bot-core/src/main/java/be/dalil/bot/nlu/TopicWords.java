package be.dalil.bot.nlu;

import be.dalil.knowledge.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
  static final String JOB_ONE_HAS = "nlu-lexicon/job-one-has.txt";

  /** Lines {@code <topic>: ...}: any one of their words names the topic. */
  private final Words any;
  /**
   * The same lines by topic, for {@link #names}: a word may name several topics ({@code
   * <topic>, <topic>: ...}), where {@link #any} keeps the first.
   */
  private final Map<Topic, Words> byTopic;
  /** Lines {@code <topic> when <name>: ...}: a word of every line of the name names the topic. */
  private final List<Together> together;
  /** The topics of the list's lines. */
  private final Set<Topic> topics;

  /** Lines that name their topic together: "slapen" with "buiten", "dormi" with "parc". */
  private record Together(Topic topic, List<Words> lines) {

    boolean in(List<String> tokens) {
      return lines.stream().allMatch(line -> line.in(tokens).isPresent());
    }
  }

  /** Words and phrases, each naming a topic. */
  private static final class Words {
    /** One-word entries (and the stems of Arabic ones) -> their topic. */
    private final Map<String, Topic> single = new HashMap<>();
    /**
     * Entries of several words by their first word, in the file's order: a message is looked up
     * word by word rather than searched once per phrase (sixty phrases made that 5 us a message).
     */
    private final Map<String, List<Phrase>> phrases = new HashMap<>();

    private record Phrase(List<String> words, Topic topic) {}

    void add(List<String> word, Topic topic) {
      if (word.size() > 1) {
        phrases.computeIfAbsent(word.get(0), k -> new ArrayList<>()).add(new Phrase(word, topic));
      } else {
        LexiconWords.keysOf(word.get(0)).forEach(key -> single.putIfAbsent(key, topic));
      }
    }

    /** The topic of the first word among the tokens, else of the first phrase, if any. */
    Optional<Topic> in(List<String> tokens) {
      for (String token : tokens) {
        Topic topic = single.get(token);
        if (topic == null) {
          String stem = LexiconWords.stemOf(token);
          topic = stem.equals(token) ? null : single.get(stem);
        }
        if (topic != null) {
          return Optional.of(topic);
        }
      }
      for (int i = 0; i < tokens.size(); i++) {
        for (Phrase phrase : phrases.getOrDefault(tokens.get(i), List.of())) {
          int end = i + phrase.words().size();
          if (end <= tokens.size() && tokens.subList(i, end).equals(phrase.words())) {
            return Optional.of(phrase.topic());
          }
        }
      }
      return Optional.empty();
    }
  }

  private TopicWords(Words any, Map<Topic, Words> byTopic, List<Together> together,
      Set<Topic> topics) {
    this.any = any;
    this.byTopic = Map.copyOf(byTopic);
    this.together = List.copyOf(together);
    this.topics = Set.copyOf(topics);
  }

  /**
   * The words that ask for the services flagged {@code flag} first, by topic: {@code
   * nlu-lexicon/<flag with hyphens>.txt} ("out_of_hours": {@code out-of-hours.txt}).
   */
  static TopicWords askingFor(String flag) {
    return load("nlu-lexicon/" + flag.replace('_', '-') + ".txt");
  }

  static TopicWords load(String resource) {
    Words any = new Words();
    Map<Topic, Words> byTopic = new EnumMap<>(Topic.class);
    Map<String, Together> together = new LinkedHashMap<>();
    Set<Topic> topics = EnumSet.noneOf(Topic.class);
    for (LexiconFile.Entry entry : LexiconFile.read(resource)) {
      String[] key = entry.key().split(" when ", 2);
      List<Topic> lineTopics = Arrays.stream(key[0].split(",")).map(id -> Topic.fromId(id.strip())
          .filter(Topic::isPractical).orElseThrow(() -> new IllegalStateException(
              resource + ": not a practical topic: " + id))).toList();
      if (key.length == 2 && lineTopics.size() > 1) {
        throw new IllegalStateException(resource + ": a \"when\" line names one topic: "
            + entry.key());
      }
      topics.addAll(lineTopics);
      for (Topic topic : lineTopics) {
        Words line = key.length == 1 ? any : new Words();
        entry.words().forEach(word -> line.add(word, topic));
        if (key.length == 2) {
          together.computeIfAbsent(entry.key(), k -> new Together(topic, new ArrayList<>()))
              .lines().add(line);
        } else {
          Words own = byTopic.computeIfAbsent(topic, t -> new Words());
          entry.words().forEach(word -> own.add(word, topic));
        }
      }
    }
    return new TopicWords(any, byTopic, new ArrayList<>(together.values()), topics);
  }

  /** Whether the tokens name {@code topic}; a list without it is not searched at all. */
  boolean names(List<String> tokens, Topic topic) {
    if (!topics.contains(topic)) {
      return false;
    }
    Words own = byTopic.get(topic);
    return own != null && own.in(tokens).isPresent()
        || together.stream().anyMatch(t -> t.topic() == topic && t.in(tokens));
  }

  /** The topic that the tokens name: by one word of the list, else by words together. */
  Optional<Topic> in(List<String> tokens) {
    Optional<Topic> named = any.in(tokens);
    if (named.isPresent()) {
      return named;
    }
    return together(tokens);
  }

  /** The topic that the tokens name by words together ("when" lines) only. */
  Optional<Topic> together(List<String> tokens) {
    return together.stream().filter(t -> t.in(tokens)).map(Together::topic).findFirst();
  }
}
