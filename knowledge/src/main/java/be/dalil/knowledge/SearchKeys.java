package be.dalil.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The keys that make "topic near X" one indexed lookup on any MongoDB-compatible server (the
 * embedded one has no {@code $near}): {@code "<topic>|<geohash cell>"} for every topic of an actor
 * (and {@code *} for any topic) at every precision of {@link GeoHash#PRECISIONS}, plus
 * {@code "<topic>|everywhere"} for national and online actors.
 */
final class SearchKeys {

  /** Cell part of the key of an actor that helps wherever the user is (national or online). */
  static final String EVERYWHERE = "everywhere";
  /** Topic part of a key that matches any topic. */
  static final String ANY_TOPIC = "*";

  private SearchKeys() {}

  static List<String> of(Actor a) {
    List<String> topics = new ArrayList<>();
    a.topics().forEach(t -> topics.add(t.id()));
    topics.add(ANY_TOPIC);
    List<String> keys = new ArrayList<>();
    for (String topic : topics) {
      a.location().ifPresent(p -> GeoHash.cellsOf(p).forEach(c -> keys.add(topic + '|' + c)));
      if (a.scope().isEverywhere() || a.location().isEmpty()) {
        keys.add(topic + '|' + EVERYWHERE);
      }
    }
    return keys;
  }

  /** The keys of the 3x3 cells around a point at one precision. */
  static List<String> around(Optional<Topic> topic, GeoPoint point, int precision) {
    List<String> keys = new ArrayList<>();
    for (String cell : GeoHash.cellAndNeighbours(point, precision)) {
      keys.add(topicPart(topic) + '|' + cell);
    }
    return keys;
  }

  static String everywhere(Optional<Topic> topic) {
    return topicPart(topic) + '|' + EVERYWHERE;
  }

  private static String topicPart(Optional<Topic> topic) {
    return topic.map(Topic::id).orElse(ANY_TOPIC);
  }
}
