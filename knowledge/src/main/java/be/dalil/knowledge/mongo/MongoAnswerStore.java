package be.dalil.knowledge.mongo;

import static be.dalil.knowledge.mongo.MongoCalls.run;

import be.dalil.i18n.Language;
import be.dalil.knowledge.AnswerStore;
import be.dalil.knowledge.LocalizedText;
import be.dalil.knowledge.Topic;
import be.dalil.knowledge.TopicTexts;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** Topic labels and answers in the collection {@code answers}, one document per topic. */
final class MongoAnswerStore implements AnswerStore {

  private final MongoCollection<Document> answers;

  MongoAnswerStore(MongoDatabase db) {
    this.answers = db.getCollection("answers");
  }

  @Override
  public void storeAll(List<TopicTexts> texts) {
    run(() -> {
      for (TopicTexts t : texts) {
        Document doc = new Document("_id", t.topic().id())
            .append("label", document(t.label()))
            .append("answer", document(t.answer()))
            .append("brussels", document(t.brussels()))
            .append("flanders", document(t.flanders()));
        answers.replaceOne(Filters.eq("_id", doc.get("_id")), doc,
            new ReplaceOptions().upsert(true));
      }
    });
  }

  @Override
  public List<TopicTexts> loadAll() {
    List<TopicTexts> loaded = new ArrayList<>();
    run(() -> answers.find().forEach(doc ->
        Topic.fromId(doc.getString("_id")).ifPresent(topic -> loaded.add(new TopicTexts(topic,
            texts(doc, "label"), texts(doc, "answer"), texts(doc, "brussels"),
            texts(doc, "flanders"))))));
    return loaded;
  }

  static Document document(LocalizedText text) {
    Document doc = new Document();
    for (Language language : Language.values()) {
      if (text.has(language)) {
        doc.append(language.code(), text.in(language));
      }
    }
    return doc;
  }

  static LocalizedText texts(Document doc, String field) {
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
