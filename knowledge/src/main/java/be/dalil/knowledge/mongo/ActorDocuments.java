package be.dalil.knowledge.mongo;

import be.dalil.knowledge.Actor;
import be.dalil.knowledge.GeoPoint;
import be.dalil.knowledge.LocationPrecision;
import be.dalil.knowledge.Origin;
import be.dalil.knowledge.Scope;
import be.dalil.knowledge.ServiceArea;
import be.dalil.knowledge.StoredActor;
import be.dalil.knowledge.Topic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Maps stored actors to MongoDB documents and back ({@code docs/data-formats.md}). */
final class ActorDocuments {

  private ActorDocuments() {}

  static Document toDocument(StoredActor stored) {
    Actor a = stored.actor();
    Document doc = new Document("_id", a.id())
        .append("name", a.name())
        .append("names", MongoAnswerStore.document(a.names()))
        .append("description", MongoAnswerStore.document(a.description()))
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
        .append("serviceArea", a.serviceArea().ids())
        .append("referenceFor", a.referenceFor().stream().map(Topic::id).toList())
        .append("active", stored.active())
        .append("origin", stored.origin().id())
        .append("precision", stored.precision().id())
        .append("geo", stored.searchKeys())
        .append("updatedAt", stored.updatedAt().toString());
    a.location().ifPresent(p -> doc.append("location",
        new Document("lat", p.lat()).append("lon", p.lon())));
    return doc;
  }

  static StoredActor toStored(Document doc) {
    Document location = doc.get("location", Document.class);
    Optional<GeoPoint> point = location == null ? Optional.empty()
        : Optional.of(new GeoPoint(location.getDouble("lat"), location.getDouble("lon")));
    Document access = doc.get("accessibility", Document.class);
    if (access == null) {
      access = new Document();
    }
    List<Topic> topics = topics(strings(doc, "topics"));
    Actor actor = new Actor(
        doc.getString("_id"),
        str(doc, "name"),
        // Records written before localized names existed have none: their own name shows.
        MongoAnswerStore.texts(doc, "names"),
        MongoAnswerStore.texts(doc, "description"),
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
        new LinkedHashSet<>(strings(doc, "flags")),
        // Records written before service areas existed help everywhere until re-imported.
        ServiceArea.parse(strings(doc, "serviceArea")).orElse(ServiceArea.national()),
        topics(strings(doc, "referenceFor")));
    String updated = str(doc, "updatedAt");
    return new StoredActor(actor,
        LocationPrecision.fromId(str(doc, "precision")).orElse(LocationPrecision.NONE),
        Origin.fromId(str(doc, "origin")).orElse(Origin.IMPORT),
        updated.isEmpty() ? Instant.EPOCH : Instant.parse(updated));
  }

  private static List<Topic> topics(List<String> ids) {
    List<Topic> topics = new ArrayList<>();
    for (String id : ids) {
      Topic.fromId(id).ifPresent(topics::add);
    }
    return topics;
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
