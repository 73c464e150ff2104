package be.dalil.knowledge;

import be.dalil.i18n.Language;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/**
 * Writes an actor as a record of the import format ({@code docs/data-formats.md}), the inverse
 * of {@link ActorRecordReader}: what an organisation edits when it proposes a change, what
 * editors compare, and what every kept version holds. Coordinates are written only when they were
 * given; otherwise the reader finds them again from the municipality, postcode or province.
 */
final class ActorRecordWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ActorRecordWriter() {}

  static ObjectNode write(Actor a, LocationPrecision precision) {
    ObjectNode record = NODES.objectNode();
    record.put("id", a.id());
    record.put("name", a.name());
    if (!a.names().isEmpty()) {
      localized(record.putObject("names"), a.names());
    }
    localized(record.putObject("description"), a.description());
    strings(record.putArray("topics"), a.topics().stream().map(Topic::id).toList());
    record.put("domain", a.domain());
    record.put("province", a.province());
    record.put("municipality", a.municipality());
    record.put("postcode", a.postcode());
    record.put("address", a.address());
    if (precision == LocationPrecision.GIVEN) {
      a.location().ifPresent(p -> record.put("lat", p.lat()).put("lon", p.lon()));
    }
    record.put("website", a.website());
    record.put("email", a.email());
    record.put("phone", a.phone());
    record.put("audience", a.audience());
    ObjectNode access = record.putObject("accessibility");
    strings(access.putArray("websiteLanguages"), a.accessibility().websiteLanguages());
    access.put("cost", a.accessibility().cost());
    access.put("registration", a.accessibility().registration());
    record.put("notes", a.notes());
    strings(record.putArray("languages"), a.languages());
    record.put("scope", a.scope().id());
    record.put("source", a.source());
    record.put("lastVerified", a.lastVerified());
    strings(record.putArray("flags"), a.flags());
    strings(record.putArray("serviceArea"), a.serviceArea().ids());
    strings(record.putArray("referenceFor"), a.referenceFor().stream().map(Topic::id).toList());
    return record;
  }

  private static void localized(ObjectNode object, LocalizedText text) {
    for (Language language : Language.values()) {
      if (text.has(language)) {
        object.put(language.code(), text.in(language));
      }
    }
  }

  private static void strings(ArrayNode array, Collection<String> values) {
    values.forEach(array::add);
  }
}
