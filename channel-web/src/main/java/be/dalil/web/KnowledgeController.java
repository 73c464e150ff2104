package be.dalil.web;

import be.dalil.i18n.Language;
import be.dalil.knowledge.ActorQuery;
import be.dalil.knowledge.ActorSearch;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.GeoPoint;
import be.dalil.knowledge.InvalidRequestException;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.Municipality;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.Topic;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The knowledge search API ({@code docs/chat-api-search.md}): actors, topics, places. */
@RestController
class KnowledgeController {

  private final KnowledgeBase knowledge;

  KnowledgeController(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  record ActorsView(long total, ApiViews.PlaceView place, List<ApiViews.ActorView> actors,
      String reach) {}

  @GetMapping(path = "/api/v1/actors", produces = MediaType.APPLICATION_JSON_VALUE)
  ActorsView actors(
      @RequestParam(required = false) String topic,
      @RequestParam(required = false) String place,
      @RequestParam(required = false) Double lat,
      @RequestParam(required = false) Double lon,
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) String limit) {
    Optional<Topic> topicId = Optional.empty();
    if (topic != null && !topic.isBlank()) {
      topicId = Topic.fromId(topic).filter(Topic::isPractical);
      if (topicId.isEmpty()) {
        throw new InvalidRequestException(ErrorCode.UNKNOWN_TOPIC,
            "Unknown topic '" + topic + "'. See GET /api/v1/topics.");
      }
    }
    Set<String> languages = Set.of();
    Language display = Language.EN;
    if (lang != null && !lang.isBlank()) {
      display = language(lang);
      languages = Set.of(display.code());
    }
    int max = parseLimit(limit);
    Optional<Place> resolved = Optional.empty();
    if (lat != null || lon != null) {
      if (lat == null || lon == null) {
        throw new InvalidRequestException(ErrorCode.INVALID_LOCATION,
            "Give both lat and lon.");
      }
      GeoPoint point = new GeoPoint(lat, lon);
      resolved = knowledge.places().placeAt(point);
      if (resolved.isEmpty()) {
        throw new InvalidRequestException(ErrorCode.INVALID_LOCATION,
            "lat and lon must be a place in Belgium.");
      }
    } else if (place != null && !place.isBlank()) {
      resolved = knowledge.places().resolve(place);
      if (resolved.isEmpty()) {
        List<String> suggestions = knowledge.places().suggestions(place);
        throw new InvalidRequestException(ErrorCode.UNKNOWN_PLACE,
            suggestions.isEmpty() ? "Unknown place '" + place + "'."
                : "Unknown place '" + place + "'. Did you mean " + String.join(", ", suggestions)
                    + "?", suggestions);
      }
    }
    ActorSearch search = knowledge.actors().find(new ActorQuery(topicId, resolved, languages,
        max));
    Language shown = display;
    return new ActorsView(search.total(), resolved.map(p -> ApiViews.place(p, shown)).orElse(null),
        search.matches().stream().map(m -> ApiViews.actor(m, shown)).toList(),
        search.reach().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static int parseLimit(String limit) {
    if (limit == null || limit.isBlank()) {
      return 10;
    }
    try {
      int value = Integer.parseInt(limit.strip());
      if (value >= 1 && value <= ActorQuery.MAX_LIMIT) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw new InvalidRequestException(ErrorCode.INVALID_LIMIT, "limit must be between 1 and "
        + ActorQuery.MAX_LIMIT + ".");
  }

  record TopicView(String id, String label, boolean practical) {}

  @GetMapping(path = "/api/v1/topics", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> topics(@RequestParam(required = false) String lang) {
    Language language = language(lang);
    List<TopicView> topics = java.util.Arrays.stream(Topic.values())
        .map(t -> new TopicView(t.id(), knowledge.answers().label(t, language), t.isPractical()))
        .toList();
    return Map.of("language", language.code(), "topics", topics);
  }

  record MunicipalityView(String id, String name, String label, String region, String province,
      String postcode) {}

  /** Municipalities of Brussels and Flanders, for pickers (the counsellor page). */
  @GetMapping(path = "/api/v1/places", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> places(@RequestParam(required = false) String lang) {
    Language language = language(lang);
    List<MunicipalityView> list = knowledge.places().municipalities().stream()
        .filter(m -> m.region() != be.dalil.knowledge.Region.WALLONIA)
        .sorted(Comparator.comparing(Municipality::officialName))
        .map(m -> new MunicipalityView(m.id(), m.officialName(), m.name(language),
            m.region().id(), m.province(), m.mainPostcode().orElse(null)))
        .toList();
    return Map.of("language", language.code(), "places", list);
  }

  static Language language(String lang) {
    if (lang == null || lang.isBlank()) {
      return Language.EN;
    }
    return Language.fromStrictCode(lang).orElseThrow(() ->
        new InvalidRequestException(ErrorCode.UNKNOWN_LANGUAGE,
            "lang must be one of ar, en, fr, nl."));
  }
}
