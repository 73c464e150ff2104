package be.dalil.knowledge;

import be.dalil.i18n.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * Topic labels and practical answers, stored in the collection {@code answers} and held in memory
 * (a few kilobytes) so that replies never wait for the database.
 */
final class AnswerCatalog {

  static final String COLLECTION = "answers";

  /** One topic's texts. */
  record Entry(LocalizedText label, LocalizedText answer, LocalizedText brussels,
      LocalizedText flanders) {}

  private final MongoCollection<Document> answers;
  private volatile Map<Topic, Entry> entries = Map.of();

  AnswerCatalog(MongoDatabase db) {
    this.answers = db.getCollection(COLLECTION);
  }

  /** Checks the answers file: every topic labelled and every practical topic answered in all four languages. */
  static List<Document> read(JsonNode root) {
    List<String> problems = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    Map<Topic, Boolean> seen = new EnumMap<>(Topic.class);
    for (JsonNode node : root.path("topics")) {
      String id = node.path("topic").asText();
      Optional<Topic> topic = Topic.fromId(id);
      if (topic.isEmpty()) {
        problems.add("unknown topic id '" + id + "'");
        continue;
      }
      seen.put(topic.get(), true);
      Document doc = new Document("_id", id);
      for (String field : List.of("label", "answer", "brussels", "flanders")) {
        Document texts = new Document();
        for (Language language : Language.values()) {
          String text = node.path(field).path(language.code()).asText("");
          if (!text.isBlank()) {
            texts.append(language.code(), text.strip());
          } else if (field.equals("label")
              || (field.equals("answer") && topic.get().isPractical())) {
            problems.add(id + "." + field + "." + language.code() + " is missing");
          }
        }
        doc.append(field, texts);
      }
      docs.add(doc);
    }
    for (Topic topic : Topic.values()) {
      if (!seen.containsKey(topic)) {
        problems.add("topic " + topic.id() + " is missing");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("answers file is invalid: " + problems);
    }
    return docs;
  }

  void store(List<Document> docs) {
    MongoActorStore.run(() -> {
      for (Document doc : docs) {
        answers.replaceOne(Filters.eq("_id", doc.get("_id")), doc,
            new ReplaceOptions().upsert(true));
      }
    });
  }

  /** Reloads the in-memory copy from the database. */
  void refresh() {
    Map<Topic, Entry> loaded = new EnumMap<>(Topic.class);
    MongoActorStore.run(() -> answers.find().forEach(doc ->
        Topic.fromId(doc.getString("_id")).ifPresent(topic -> loaded.put(topic,
            new Entry(texts(doc, "label"), texts(doc, "answer"), texts(doc, "brussels"),
                texts(doc, "flanders"))))));
    entries = Map.copyOf(loaded);
  }

  Optional<Entry> entry(Topic topic) {
    return Optional.ofNullable(entries.get(topic));
  }

  private static LocalizedText texts(Document doc, String field) {
    Map<Language, String> texts = new EnumMap<>(Language.class);
    Document d = doc.get(field, Document.class);
    if (d != null) {
      for (Language language : Language.values()) {
        String text = d.getString(language.code());
        if (text != null) {
          texts.put(language, text);
        }
      }
    }
    return new LocalizedText(texts);
  }
}
