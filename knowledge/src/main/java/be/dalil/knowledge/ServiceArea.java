package be.dalil.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may use an actor: people anywhere in Belgium, online, in a region, a language community,
 * a province or some municipalities, or any union of these. A search never recommends an actor
 * whose area does not cover the user's place. The text form (the {@code serviceArea} field of the
 * data files) is a list of {@code national}, {@code online}, {@code region:<brussels|flanders|
 * wallonia>}, {@code community:<nl|fr>}, {@code province:<province>} and
 * {@code municipality:<gazetteer id>}; a part preceded by {@code -} is left out ("region:flanders",
 * "-municipality:antwerpen": Flanders but Antwerp, which has its own agency).
 */
public record ServiceArea(Set<Part> parts, Set<Part> excluded) {

  public ServiceArea {
    parts = Set.copyOf(new LinkedHashSet<>(parts));
    excluded = Set.copyOf(new LinkedHashSet<>(excluded));
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a service area needs at least one part");
    }
  }

  /** One piece of a service area. */
  public sealed interface Part {
    /** Whether someone living in {@code place} (a current municipality) may use the actor. */
    boolean covers(Municipality place);

    String id();
  }

  /** Anyone in Belgium. */
  public record National() implements Part {
    public boolean covers(Municipality place) {
      return true;
    }

    public String id() {
      return "national";
    }
  }

  /** Anyone, online or by phone. */
  public record Online() implements Part {
    public boolean covers(Municipality place) {
      return true;
    }

    public String id() {
      return "online";
    }
  }

  /** The people of one region. */
  public record InRegion(Region region) implements Part {
    public boolean covers(Municipality place) {
      return place.region() == region;
    }

    public String id() {
      return "region:" + region.id();
    }
  }

  /**
   * A language community's services: the Flemish Community serves Flanders and Brussels (Kind en
   * Gezin, Huis van het Nederlands, bon), the French Community Wallonia and Brussels (ONE).
   */
  public record Community(String language) implements Part {
    public Community {
      if (!language.equals("nl") && !language.equals("fr")) {
        throw new IllegalArgumentException("community must be nl or fr");
      }
    }

    public boolean covers(Municipality place) {
      return place.region() == Region.BRUSSELS
          || place.region() == (language.equals("nl") ? Region.FLANDERS : Region.WALLONIA);
    }

    public String id() {
      return "community:" + language;
    }
  }

  /** The people of one province (gazetteer spelling: "Antwerp", "East Flanders"...). */
  public record Province(String province) implements Part {
    public boolean covers(Municipality place) {
      return place.province().equals(province);
    }

    public String id() {
      return "province:" + province;
    }
  }

  /** The people of one municipality (a current one; its former parts and districts included). */
  public record InMunicipality(String municipalityId) implements Part {
    public boolean covers(Municipality place) {
      return place.id().equals(municipalityId);
    }

    public String id() {
      return "municipality:" + municipalityId;
    }
  }

  public static ServiceArea national() {
    return of(new National());
  }

  public static ServiceArea of(Part... parts) {
    return new ServiceArea(Set.of(parts), Set.of());
  }

  /**
   * Whether someone at {@code place} may use the actor. {@code place} is the current municipality
   * that serves the place (see {@link PlaceResolver#seatOf}).
   */
  public boolean covers(Municipality place) {
    // Loops, not streams: every candidate of every search asks.
    boolean covered = false;
    for (Part p : parts) {
      if (p.covers(place)) {
        covered = true;
        break;
      }
    }
    if (!covered) {
      return false;
    }
    for (Part p : excluded) {
      if (p.covers(place)) {
        return false;
      }
    }
    return true;
  }

  /** Anyone in Belgium may use it (national or online only). */
  public boolean everywhere() {
    if (!excluded.isEmpty()) {
      return false;
    }
    for (Part p : parts) {
      if (!(p instanceof National || p instanceof Online)) {
        return false;
      }
    }
    return true;
  }

  /**
   * How narrow the area is, for ranking services of the same kind: 0 for some municipalities, 1
   * for a province or the Brussels region (a city of 19 municipalities), 2 for Flanders, Wallonia
   * or a community, 3 for all of Belgium or online.
   */
  public int breadth() {
    return breadthFor(Optional.empty(), Optional.empty());
  }

  /**
   * The breadth as seen by a reader where they are: in Brussels the service of the Community of
   * the reader's language (the French Community's schools for a French message, the Flemish
   * Community's for a Dutch one) is one of Brussels' own, as local as the region's.
   */
  public int breadthFor(Optional<Municipality> place, Optional<String> readerLanguage) {
    Optional<String> ownCommunity = place.filter(m -> m.region() == Region.BRUSSELS)
        .flatMap(m -> readerLanguage);
    int widest = parts.isEmpty() ? 3 : 0;
    for (Part p : parts) {
      widest = Math.max(widest, p instanceof Community c
          && ownCommunity.filter(c.language()::equals).isPresent() ? 1 : breadth(p));
    }
    return widest;
  }

  private static int breadth(Part part) {
    if (part instanceof InMunicipality) {
      return 0;
    }
    if (part instanceof Province
        || part instanceof InRegion r && r.region() == Region.BRUSSELS) {
      return 1;
    }
    if (part instanceof InRegion || part instanceof Community) {
      return 2;
    }
    return 3;
  }

  /** The services of one municipality only (its town hall, its city agency). */
  public boolean singleMunicipality() {
    return parts.size() == 1 && parts.iterator().next() instanceof InMunicipality;
  }

  public boolean online() {
    return parts.stream().anyMatch(p -> p instanceof Online);
  }

  /** The text form, sorted: the data files' {@code serviceArea} list. */
  public List<String> ids() {
    List<String> ids = new ArrayList<>(parts.stream().map(Part::id).sorted().toList());
    excluded.stream().map(p -> "-" + p.id()).sorted().forEach(ids::add);
    return ids;
  }

  /**
   * Parses one part; empty when the text is not one. Municipality ids and provinces are checked
   * against the gazetteer by the reader, not here.
   */
  public static Optional<Part> parsePart(String text) {
    String value = text == null ? "" : text.strip();
    int colon = value.indexOf(':');
    String kind = (colon < 0 ? value : value.substring(0, colon)).toLowerCase(Locale.ROOT);
    String arg = colon < 0 ? "" : value.substring(colon + 1).strip();
    return switch (kind) {
      case "national" -> arg.isEmpty() ? Optional.of(new National()) : Optional.empty();
      case "online" -> arg.isEmpty() ? Optional.of(new Online()) : Optional.empty();
      case "region" -> Region.fromId(arg).map(InRegion::new);
      case "community" -> arg.equals("nl") || arg.equals("fr") ? Optional.of(new Community(arg))
          : Optional.empty();
      case "province" -> arg.isEmpty() ? Optional.empty() : Optional.of(new Province(arg));
      case "municipality" -> arg.isEmpty() ? Optional.empty()
          : Optional.of(new InMunicipality(arg));
      default -> Optional.empty();
    };
  }

  /** Parses a list of parts (a leading "-" leaves one out); empty when any is not one. */
  public static Optional<ServiceArea> parse(List<String> texts) {
    Set<Part> parts = new LinkedHashSet<>();
    Set<Part> excluded = new LinkedHashSet<>();
    for (String text : texts) {
      String value = text == null ? "" : text.strip();
      boolean minus = value.startsWith("-");
      Optional<Part> part = parsePart(minus ? value.substring(1) : value);
      if (part.isEmpty()) {
        return Optional.empty();
      }
      (minus ? excluded : parts).add(part.get());
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(new ServiceArea(parts, excluded));
  }
}
