package be.dalil.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the top-3 recommendations for every practical topic and every place of Brussels and
 * Flanders in the gazetteer, and counts the lists with: an actor whose service area excludes the
 * place; an in-person actor beyond the region's radius; an own-office topic whose first card is
 * not the user's own office; no reference service although one covers the place. Run with
 * {@code mvn -q -pl knowledge test-compile exec:java@audit}; {@code RecommendationAuditTest}
 * fails the build when any count is above 0.
 */
public final class RecommendationAudit {

  static final int TOP = 3;

  /** The counts, and a few examples of each problem. */
  record Report(int lists, int outsideArea, int beyondRadius, int notOwnOfficeFirst,
      int missingReference, List<String> examples) {
    boolean clean() {
      return outsideArea + beyondRadius + notOwnOfficeFirst + missingReference == 0;
    }
  }

  private RecommendationAudit() {}

  public static void main(String[] args) {
    Report report = run(KnowledgeBase.open(KnowledgeStorage.inMemory(), Clock.systemUTC()),
        SearchSettings.defaults());
    System.out.printf(Locale.ROOT, "Top-%d lists checked (topic x place, Brussels and Flanders): %d%n",
        TOP, report.lists());
    System.out.printf(Locale.ROOT, "  an actor outside the user's service area:      %d%n",
        report.outsideArea());
    System.out.printf(Locale.ROOT, "  an in-person actor beyond the topic radius:    %d%n",
        report.beyondRadius());
    System.out.printf(Locale.ROOT, "  own-office topic, first card not own office:   %d%n",
        report.notOwnOfficeFirst());
    System.out.printf(Locale.ROOT, "  a reference service covers the place, missing: %d%n",
        report.missingReference());
    report.examples().forEach(e -> System.out.println("    " + e));
  }

  static Report run(KnowledgeBase kb, SearchSettings settings) {
    PlaceResolver places = kb.places();
    List<StoredActor> all = new ArrayList<>();
    // Every actor, to know which reference services exist for a topic and a place.
    for (Topic topic : Topic.practicalTopics()) {
      kb.actors().find(new ActorQuery(Optional.of(topic), Optional.empty(), Set.of(),
          ActorQuery.MAX_LIMIT));
    }
    int lists = 0;
    int outside = 0;
    int far = 0;
    int notOwn = 0;
    int missing = 0;
    List<String> examples = new ArrayList<>();
    for (Municipality m : places.municipalities()) {
      if (m.region() == Region.WALLONIA) {
        continue;
      }
      Municipality seat = places.seatOf(m);
      Place place = Place.centreOf(m);
      double radius = settings.radiusKm(seat.region());
      for (Topic topic : Topic.practicalTopics()) {
        List<ActorMatch> top = kb.actors().find(new ActorQuery(Optional.of(topic),
            Optional.of(place), Set.of(), TOP)).matches();
        lists++;
        String where = topic.id() + " in " + m.id();
        if (top.stream().anyMatch(a -> !a.actor().serviceArea().covers(seat))) {
          outside++;
          example(examples, "outside area: " + where + " " + ids(top));
        }
        if (top.stream().anyMatch(a -> a.distanceKm().filter(d -> d > radius).isPresent())) {
          far++;
          example(examples, "beyond radius: " + where + " " + ids(top));
        }
        if (NearbySearch.OWN_OFFICE_TOPICS.contains(topic) && (top.isEmpty()
            || !top.get(0).actor().isMunicipalOffice()
            || !top.get(0).actor().serviceArea().covers(seat))) {
          notOwn++;
          example(examples, "own office not first: " + where + " " + ids(top));
        }
        boolean referenceExists = kb.actors().find(new ActorQuery(Optional.of(topic),
            Optional.of(place), Set.of(), ActorQuery.MAX_LIMIT)).matches().stream()
            .anyMatch(a -> a.actor().isReferenceFor(topic));
        if (referenceExists && top.stream().noneMatch(a -> a.actor().isReferenceFor(topic))) {
          missing++;
          example(examples, "reference missing: " + where + " " + ids(top));
        }
      }
    }
    return new Report(lists, outside, far, notOwn, missing, examples);
  }

  private static void example(List<String> examples, String text) {
    if (examples.size() < 30) {
      examples.add(text);
    }
  }

  private static List<String> ids(List<ActorMatch> top) {
    return top.stream().map(a -> a.actor().id()).toList();
  }
}
