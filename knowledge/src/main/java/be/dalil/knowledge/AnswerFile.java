package be.dalil.knowledge;

import be.dalil.i18n.Language;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and checks {@code data/answers.json}: every topic labelled, every practical one answered. */
final class AnswerFile {

  private static final List<String> FIELDS = List.of("label", "answer", "brussels", "flanders");

  private AnswerFile() {}

  static List<TopicTexts> read(JsonNode root) {
    List<String> problems = new ArrayList<>();
    List<TopicTexts> all = new ArrayList<>();
    Set<Topic> seen = EnumSet.noneOf(Topic.class);
    for (JsonNode node : root.path("topics")) {
      String id = node.path("topic").asText();
      Optional<Topic> topic = Topic.fromId(id);
      if (topic.isEmpty()) {
        problems.add("unknown topic id '" + id + "'");
        continue;
      }
      seen.add(topic.get());
      Map<String, LocalizedText> fields = new java.util.HashMap<>();
      for (String field : FIELDS) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
          String text = node.path(field).path(language.code()).asText("");
          if (!text.isBlank()) {
            texts.put(language, text.strip());
          } else if (field.equals("label")
              || (field.equals("answer") && topic.get().isPractical())) {
            problems.add(id + "." + field + "." + language.code() + " is missing");
          }
        }
        fields.put(field, new LocalizedText(texts));
      }
      all.add(new TopicTexts(topic.get(), fields.get("label"), fields.get("answer"),
          fields.get("brussels"), fields.get("flanders")));
    }
    for (Topic topic : Topic.values()) {
      if (!seen.contains(topic)) {
        problems.add("topic " + topic.id() + " is missing");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("answers file is invalid: " + problems);
    }
    return all;
  }
}
