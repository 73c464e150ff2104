package be.dalil.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The keys that make a search one indexed lookup on any MongoDB-compatible server (the embedded
 * one has no {@code $near}). For every topic of an actor (and {@code *} for any topic):
 * <ul>
 *   <li>{@code "<topic>|<geohash cell>"} at every precision of {@link GeoHash#PRECISIONS}, for an
 *       actor people visit where it is (its own coordinates or its municipality's centre);</li>
 *   <li>{@code "<topic>|area"} for one that serves an area rather than a point (national,
 *       online, regional services, and reference services: the search checks who they serve);</li>
 *   <li>{@code "<topic>|office:<municipality id>"} for a municipality's own office.</li>
 * </ul>
 */
final class SearchKeys {

  /** Cell part of the key of an actor that serves an area rather than a point. */
  static final String AREA = "area";
  /** Topic part of a key that matches any topic. */
  static final String ANY_TOPIC = "*";

  private SearchKeys() {}

  static List<String> of(StoredActor stored) {
    Actor a = stored.actor();
    List<String> topics = new ArrayList<>();
    a.topics().forEach(t -> topics.add(t.id()));
    topics.add(ANY_TOPIC);
    List<String> keys = new ArrayList<>();
    for (String topic : topics) {
      if (inPerson(stored)) {
        a.location().ifPresent(p -> GeoHash.cellsOf(p).forEach(c -> keys.add(topic + '|' + c)));
      }
      if (!inPerson(stored) || a.isReference()) {
        keys.add(topic + '|' + AREA);
      }
      if (a.isMunicipalOffice()) {
        for (ServiceArea.Part part : a.serviceArea().parts()) {
          if (part instanceof ServiceArea.InMunicipality m) {
            keys.add(topic + "|office:" + m.municipalityId());
          }
        }
      }
    }
    return keys;
  }

  /**
   * People go to it where it is: located at its address or its municipality's centre, and not a
   * national or online service, nor a reference service for a whole province or region (those
   * have offices across their area, so a distance to one of them would mislead).
   */
  static boolean inPerson(StoredActor stored) {
    Actor a = stored.actor();
    return a.location().isPresent()
        && (stored.precision() == LocationPrecision.GIVEN
            || stored.precision() == LocationPrecision.MUNICIPALITY)
        && !a.serviceArea().everywhere()
        && !(a.isReference() && !a.serviceArea().singleMunicipality());
  }

  /** The keys a search near a place looks up: cells covering the radius, areas, own office. */
  static Set<String> near(Optional<Topic> topic, GeoPoint point, double radiusKm,
      Municipality seat) {
    Set<String> keys = new LinkedHashSet<>();
    int precision = GeoHash.PRECISIONS[GeoHash.PRECISIONS.length - 1];
    for (int p : GeoHash.PRECISIONS) {
      if (NearbySearch.guaranteedRadiusKm(point, p) >= radiusKm) {
        precision = p;
        break;
      }
    }
    for (String cell : GeoHash.cellAndNeighbours(point, precision)) {
      keys.add(topicPart(topic) + '|' + cell);
    }
    keys.addAll(beyondCells(topic, seat));
    return keys;
  }

  /** The keys beyond the cells: areas and the person's own office. */
  static List<String> beyondCells(Optional<Topic> topic, Municipality seat) {
    return List.of(topicPart(topic) + '|' + AREA, topicPart(topic) + "|office:" + seat.id());
  }

  private static String topicPart(Optional<Topic> topic) {
    return topic.map(Topic::id).orElse(ANY_TOPIC);
  }
}
