package be.dalil.knowledge;

import be.dalil.i18n.Language;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates a batch of actor records (the JSON format of {@code docs/data-formats.md}) and turns
 * it into {@link Actor}s. A batch with any problem is refused whole, with every problem listed.
 */
final class ActorRecordReader {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ./()-]{1,22}");
  private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final int MAX_TEXT = 4000;
  /** Problems listed in a refusal at most. */
  static final int MAX_PROBLEMS = 1000;

  /** Where an actor without its own municipality is placed: the province capital. */
  private static final Map<String, String> PROVINCE_CAPITALS = Map.of(
      "Antwerp", "antwerpen",
      "East Flanders", "gent",
      "Flemish Brabant", "leuven",
      "Limburg", "hasselt",
      "West Flanders", "brugge",
      "Brussels", "bruxelles");

  private final PlaceResolver places;

  ActorRecordReader(PlaceResolver places) {
    this.places = places;
  }

  /** A batch that passed validation: the actors with where their coordinates come from. */
  record Batch(List<Located> actors) {}

  /** An actor and the precision of its location. */
  record Located(Actor actor, LocationPrecision precision) {}

  /** Reads one record (a proposed listing): the actor, or every problem with it. */
  Located readOne(JsonNode record) {
    List<ImportProblem> problems = new ArrayList<>();
    Optional<Located> actor = readOne(record, 0, new HashSet<>(), problems);
    if (!problems.isEmpty() || actor.isEmpty()) {
      throw new ImportRejectedException(problems.isEmpty()
          ? List.of(new ImportProblem(0, "", "", "a record must be a JSON object")) : problems);
    }
    return actor.get();
  }

  /** Reads a batch held in memory (the shipped data files). */
  Batch read(JsonNode root) {
    if (root == null || !root.isArray()) {
      throw notAnArray();
    }
    return read(root.elements());
  }

  /**
   * Reads a batch record by record from a stream, holding one record's JSON at a time (an
   * import of 100,000 actors is tens of megabytes of JSON but a fraction of that as actors).
   *
   * @throws ImportRejectedException on malformed JSON or any invalid record
   * @throws UncheckedIOException when the stream itself fails (a body over its size limit)
   */
  Batch read(JsonParser parser) {
    try {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw notAnArray();
      }
      Iterator<JsonNode> records = new Iterator<>() {
        private JsonToken next = advance();

        private JsonToken advance() {
          try {
            return parser.nextToken();
          } catch (IOException e) {
            throw wrap(e);
          }
        }

        @Override
        public boolean hasNext() {
          if (next == null) {
            throw malformed(parser.currentLocation(), "the array is not closed");
          }
          return next != JsonToken.END_ARRAY;
        }

        @Override
        public JsonNode next() {
          try {
            JsonNode node = parser.readValueAsTree();
            next = advance();
            return node;
          } catch (IOException e) {
            throw wrap(e);
          }
        }
      };
      Batch batch = read(records);
      if (parser.nextToken() != null) {
        throw malformed(parser.currentLocation(), "unexpected content after the array");
      }
      return batch;
    } catch (IOException e) {
      throw wrap(e);
    }
  }

  private static RuntimeException wrap(IOException e) {
    if (e instanceof JsonProcessingException json) {
      return malformed(json.getLocation(), "malformed JSON");
    }
    return new UncheckedIOException(e);
  }

  static ImportRejectedException malformed(JsonLocation at, String what) {
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new ImportRejectedException(List.of(new ImportProblem(-1, "", "", what + where)));
  }

  private static ImportRejectedException notAnArray() {
    return new ImportRejectedException(
        List.of(new ImportProblem(-1, "", "", "the batch must be a JSON array of actors")));
  }

  private Batch read(Iterator<JsonNode> records) {
    List<ImportProblem> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Located> actors = new ArrayList<>();
    int index = 0;
    int withProblems = 0;
    while (records.hasNext()) {
      JsonNode node = records.next();
      int before = problems.size();
      readOne(node, index++, ids, problems).ifPresent(actors::add);
      if (problems.size() > before) {
        withProblems++;
        // A report of a million problems helps nobody: the first ones show what to fix.
        if (problems.size() > MAX_PROBLEMS) {
          problems.subList(MAX_PROBLEMS, problems.size()).clear();
        }
      }
    }
    if (index == 0) {
      throw new ImportRejectedException(
          List.of(new ImportProblem(-1, "", "", "the batch is empty")));
    }
    if (!problems.isEmpty()) {
      if (problems.size() == MAX_PROBLEMS) {
        problems.add(new ImportProblem(-1, "", "", withProblems + " records have problems; only"
            + " the first " + MAX_PROBLEMS + " problems are listed"));
      }
      throw new ImportRejectedException(problems);
    }
    return new Batch(actors);
  }

  private Optional<Located> readOne(JsonNode node, int index, Set<String> ids,
      List<ImportProblem> problems) {
    if (!node.isObject()) {
      problems.add(new ImportProblem(index, "", "", "a record must be a JSON object"));
      return Optional.empty();
    }
    int before = problems.size();
    String id = text(node, "id");
    Problems p = (field, reason) -> problems.add(new ImportProblem(index, id, field, reason));
    checkId(id, ids, p);
    String name = text(node, "name");
    if (name.isEmpty()) {
      p.add("name", "missing name");
    }
    LocalizedText names = localized(node.path("names"));
    if (names.texts().values().stream().anyMatch(n -> n.length() > MAX_TEXT)) {
      p.add("names", "longer than " + MAX_TEXT + " characters");
    }
    LocalizedText description = localized(node.path("description"));
    if (description.isEmpty()) {
      p.add("description", "missing description (at least one of ar, en, fr, nl)");
    }
    List<Topic> topics = topics(node.path("topics"), p);
    checkContacts(node, p);
    String scopeText = text(node, "scope");
    Scope scope = scopeText.isEmpty() ? Scope.LOCAL : Scope.fromId(scopeText).orElse(null);
    if (scope == null) {
      p.add("scope", "unknown scope '" + scopeText + "' (local, regional, national, online)");
    }
    List<String> languages = languages(node.path("languages"), p);
    Optional<ServiceArea> area = serviceArea(node.path("serviceArea"), p);
    List<Topic> referenceFor = referenceFor(node.path("referenceFor"), topics, p);
    for (String field : List.of("name", "address", "audience", "notes")) {
      if (text(node, field).length() > MAX_TEXT) {
        p.add(field, "longer than " + MAX_TEXT + " characters");
      }
    }
    Optional<GeoPoint> given = coordinates(node, p);
    Location location = locate(node, scope, given, p);
    if (problems.size() > before) {
      return Optional.empty();
    }
    JsonNode access = node.path("accessibility");
    List<String> websiteLanguages = new ArrayList<>();
    access.path("websiteLanguages").forEach(l -> websiteLanguages.add(l.asText()));
    Set<String> flags = new LinkedHashSet<>();
    node.path("flags").forEach(f -> flags.add(f.asText()));
    Actor actor = new Actor(id, name, names, description, topics, text(node, "domain"),
        text(node, "province"), location.municipality(), text(node, "postcode"),
        text(node, "address"), location.point(), text(node, "website"), text(node, "email"),
        text(node, "phone"), text(node, "audience"),
        new Actor.Accessibility(websiteLanguages, text(access, "cost"), text(access, "registration")),
        text(node, "notes"), languages, scope, text(node, "source"),
        node.path("lastVerified").asInt(0), flags, area.orElseThrow(), referenceFor);
    return Optional.of(new Located(actor, location.precision()));
  }

  private static void checkId(String id, Set<String> ids, Problems p) {
    if (id.isEmpty()) {
      p.add("id", "missing id");
    } else if (!ID.matcher(id).matches() || id.length() > 80) {
      p.add("id", "id must be lower-case kebab-case ASCII, at most 80 characters");
    } else if (!ids.add(id)) {
      p.add("id", "duplicate id in the batch");
    }
  }

  private static List<Topic> topics(JsonNode topicNodes, Problems p) {
    List<Topic> topics = new ArrayList<>();
    if (!topicNodes.isArray() || topicNodes.isEmpty()) {
      p.add("topics", "missing topics");
      return topics;
    }
    for (JsonNode t : topicNodes) {
      Optional<Topic> topic = Topic.fromId(t.asText());
      if (topic.isEmpty() || !topic.get().isPractical()) {
        p.add("topics", "unknown topic id '" + t.asText() + "'");
      } else if (!topics.contains(topic.get())) {
        topics.add(topic.get());
      }
    }
    return topics;
  }

  private static void checkContacts(JsonNode node, Problems p) {
    String website = text(node, "website");
    if (!website.isEmpty() && !isWebUrl(website)) {
      p.add("website", "malformed URL");
    }
    String email = text(node, "email");
    if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
      p.add("email", "malformed email");
    }
    String phone = text(node, "phone");
    if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
      p.add("phone", "malformed phone number");
    }
    String postcode = text(node, "postcode");
    if (!postcode.isEmpty() && !POSTCODE.matcher(postcode).matches()) {
      p.add("postcode", "malformed postcode (four digits)");
    }
  }

  /** Who may use the actor ({@link ServiceArea}): required, every part known to the gazetteer. */
  private Optional<ServiceArea> serviceArea(JsonNode node, Problems p) {
    List<String> texts = new ArrayList<>();
    if (node.isTextual()) {
      texts.add(node.asText());
    } else if (node.isArray()) {
      node.forEach(n -> texts.add(n.isTextual() ? n.asText() : ""));
    }
    if (texts.isEmpty()) {
      p.add("serviceArea", "missing serviceArea (for example [\"region:flanders\"],"
          + " [\"municipality:gent\"], [\"national\"])");
      return Optional.empty();
    }
    Optional<ServiceArea> area = ServiceArea.parse(texts);
    if (area.isEmpty()) {
      p.add("serviceArea", "unknown serviceArea part in " + texts + " (national, online,"
          + " region:<brussels|flanders|wallonia>, community:<nl|fr>, province:<name>,"
          + " municipality:<id>, each optionally preceded by -)");
      return Optional.empty();
    }
    List<ServiceArea.Part> all = new ArrayList<>(area.get().parts());
    all.addAll(area.get().excluded());
    for (ServiceArea.Part part : all) {
      if (part instanceof ServiceArea.InMunicipality m
          && places.byId(m.municipalityId()).filter(Municipality::current).isEmpty()) {
        p.add("serviceArea", "unknown municipality id '" + m.municipalityId()
            + "' (a municipality of today, as in GET /api/v1/places)");
      } else if (part instanceof ServiceArea.Province province && places.municipalities()
          .stream().noneMatch(x -> x.province().equals(province.province()))) {
        p.add("serviceArea", "unknown province '" + province.province() + "'");
      }
    }
    return area;
  }

  /** The topics the actor is the public reference service for: some of its own topics. */
  private static List<Topic> referenceFor(JsonNode nodes, List<Topic> topics, Problems p) {
    List<Topic> out = new ArrayList<>();
    for (JsonNode n : nodes) {
      Optional<Topic> topic = Topic.fromId(n.asText());
      if (topic.isEmpty() || !topics.contains(topic.get())) {
        p.add("referenceFor", "'" + n.asText() + "' is not one of the actor's topics");
      } else if (!out.contains(topic.get())) {
        out.add(topic.get());
      }
    }
    return out;
  }

  private static List<String> languages(JsonNode nodes, Problems p) {
    List<String> languages = new ArrayList<>();
    for (JsonNode l : nodes) {
      String code = l.asText().toLowerCase(Locale.ROOT);
      if (!LANGUAGE.matcher(code).matches()) {
        p.add("languages", "malformed language code '" + l.asText() + "'");
      } else if (!languages.contains(code)) {
        languages.add(code);
      }
    }
    return languages;
  }

  /** Where a record is, and how precisely: its municipality as recorded or as resolved. */
  private record Location(Optional<GeoPoint> point, LocationPrecision precision,
      String municipality) {}

  /**
   * Given coordinates, else the municipality or postcode (exact names only, so the lookup is
   * cheap and every record's unknown municipality is reported, whatever else is wrong with it),
   * else the province capital.
   */
  private Location locate(JsonNode node, Scope scope, Optional<GeoPoint> given, Problems p) {
    String municipality = text(node, "municipality");
    if (given.isPresent()) {
      return new Location(given, LocationPrecision.GIVEN, municipality);
    }
    String postcode = text(node, "postcode");
    Optional<Place> place = Optional.empty();
    if (!municipality.isEmpty()) {
      place = places.byExactName(municipality);
      if (place.isEmpty() && postcode.isEmpty()) {
        p.add("municipality", "unknown municipality '" + municipality + "'");
      }
    }
    if (place.isEmpty() && !postcode.isEmpty()) {
      place = places.byPostcode(postcode);
      if (place.isEmpty() && !municipality.isEmpty()) {
        p.add("municipality", "unknown municipality '" + municipality + "' and postcode "
            + postcode);
      }
    }
    if (place.isPresent()) {
      return new Location(Optional.of(place.get().point()), LocationPrecision.MUNICIPALITY,
          municipality.isEmpty() ? place.get().municipality().officialName() : municipality);
    }
    String province = text(node, "province");
    if (PROVINCE_CAPITALS.containsKey(province) && scope != null && !scope.isEverywhere()) {
      Optional<GeoPoint> capital = places.byId(PROVINCE_CAPITALS.get(province))
          .map(Municipality::centre);
      return new Location(capital,
          capital.isPresent() ? LocationPrecision.PROVINCE : LocationPrecision.NONE, municipality);
    }
    return new Location(Optional.empty(), LocationPrecision.NONE, municipality);
  }

  private static Optional<GeoPoint> coordinates(JsonNode node, Problems p) {
    boolean hasLat = node.hasNonNull("lat");
    boolean hasLon = node.hasNonNull("lon");
    if (!hasLat && !hasLon) {
      return Optional.empty();
    }
    if (!hasLat || !hasLon || !node.get("lat").isNumber() || !node.get("lon").isNumber()) {
      p.add("lat", "coordinates need both lat and lon as numbers");
      return Optional.empty();
    }
    double lat = node.get("lat").asDouble();
    double lon = node.get("lon").asDouble();
    if (!(lat >= 49.49 && lat <= 51.51 && lon >= 2.54 && lon <= 6.41)) {
      p.add("lat", "coordinates outside Belgium");
      return Optional.empty();
    }
    return Optional.of(new GeoPoint(lat, lon));
  }

  @FunctionalInterface
  private interface Problems {
    void add(String field, String reason);
  }

  static boolean isWebUrl(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      String host = uri.getHost();
      return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && host != null && host.contains(".") && !host.startsWith(".") && !host.endsWith(".");
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isValueNode() ? value.asText("").strip() : "";
  }

  private static LocalizedText localized(JsonNode node) {
    Map<Language, String> texts = new EnumMap<>(Language.class);
    if (node.isObject()) {
      for (Language language : Language.values()) {
        String text = node.path(language.code()).asText("");
        if (!text.isBlank()) {
          texts.put(language, text);
        }
      }
    } else if (node.isTextual() && !node.asText().isBlank()) {
      texts.put(Language.EN, node.asText());
    }
    return new LocalizedText(texts);
  }
}
