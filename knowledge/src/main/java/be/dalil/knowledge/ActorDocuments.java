package be.dalil.knowledge;

import be.dalil.i18n.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/** Maps actors to MongoDB documents and back. */
final class ActorDocuments {

  /** Key of an actor that helps wherever the user is (national or online). */
  static final String EVERYWHERE = "everywhere";
  /** Topic part of a key that matches any topic. */
  static final String ANY_TOPIC = "*";

  private ActorDocuments() {}

  static Document toDocument(ActorRecordReader.Located located, String origin) {
    Actor a = located.actor();
    Document description = new Document();
    a.description().texts().forEach((language, text) -> description.append(language.code(), text));
    Document doc = new Document("_id", a.id())
        .append("name", a.name())
        .append("description", description)
        .append("topics", a.topics().stream().map(Topic::id).toList())
        .append("domain", a.domain())
        .append("province", a.province())
        .append("municipality", a.municipality())
        .append("postcode", a.postcode())
        .append("address", a.address())
        .append("website", a.website())
        .append("email", a.email())
        .append("phone", a.phone())
        .append("audience", a.audience())
        .append("accessibility", new Document("websiteLanguages", a.accessibility().websiteLanguages())
            .append("cost", a.accessibility().cost())
            .append("registration", a.accessibility().registration()))
        .append("notes", a.notes())
        .append("languages", a.languages())
        .append("scope", a.scope().id())
        .append("source", a.source())
        .append("lastVerified", a.lastVerified())
        .append("flags", new ArrayList<>(a.flags()))
        .append("active", !a.hasEnded())
        .append("origin", origin)
        .append("precision", located.precision())
        .append("geo", geoKeys(a));
    a.location().ifPresent(p -> doc.append("location",
        new Document("lat", p.lat()).append("lon", p.lon())));
    return doc;
  }

  /**
   * Index keys "topic|cell" for every topic (and "*") and every geohash precision, plus
   * "topic|everywhere" for national and online actors: one multikey index answers every
   * "topic near X" query.
   */
  static List<String> geoKeys(Actor a) {
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

  static Actor toActor(Document doc) {
    Map<Language, String> description = new EnumMap<>(Language.class);
    Document d = doc.get("description", Document.class);
    if (d != null) {
      for (Language language : Language.values()) {
        String text = d.getString(language.code());
        if (text != null) {
          description.put(language, text);
        }
      }
    }
    List<Topic> topics = new ArrayList<>();
    for (String id : strings(doc, "topics")) {
      Topic.fromId(id).ifPresent(topics::add);
    }
    Document location = doc.get("location", Document.class);
    Optional<GeoPoint> point = location == null ? Optional.empty()
        : Optional.of(new GeoPoint(location.getDouble("lat"), location.getDouble("lon")));
    Document access = doc.get("accessibility", Document.class);
    if (access == null) {
      access = new Document();
    }
    return new Actor(
        doc.getString("_id"),
        str(doc, "name"),
        new LocalizedText(description),
        topics,
        str(doc, "domain"),
        str(doc, "province"),
        str(doc, "municipality"),
        str(doc, "postcode"),
        str(doc, "address"),
        point,
        str(doc, "website"),
        str(doc, "email"),
        str(doc, "phone"),
        str(doc, "audience"),
        new Actor.Accessibility(strings(access, "websiteLanguages"), str(access, "cost"),
            str(access, "registration")),
        str(doc, "notes"),
        strings(doc, "languages"),
        Scope.fromId(str(doc, "scope")).orElse(Scope.LOCAL),
        str(doc, "source"),
        doc.getInteger("lastVerified", 0),
        new LinkedHashSet<>(strings(doc, "flags")));
  }

  private static String str(Document doc, String field) {
    Object value = doc.get(field);
    return value == null ? "" : value.toString();
  }

  private static List<String> strings(Document doc, String field) {
    List<?> list = doc.get(field, List.class);
    if (list == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(list.size());
    list.forEach(v -> out.add(String.valueOf(v)));
    return out;
  }
}
