package be.dalil.web;

import be.dalil.i18n.Language;
import be.dalil.knowledge.ActorQuery;
import be.dalil.knowledge.ActorSearch;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.GeoPoint;
import be.dalil.knowledge.InvalidRequestException;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.Topic;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.util.StringUtils;

/** {@code GET /api/v1/actors} ({@code docs/chat-api-search.md}): who can help, where. */
final class ActorSearchServlet extends JsonServlet<ActorSearchServlet.ActorsView> {

  static final String PATH = "/api/v1/actors";

  record ActorsView(long total, ApiViews.PlaceView place, List<ApiViews.ActorView> actors,
      String reach) {}

  private final transient KnowledgeBase knowledge;

  ActorSearchServlet(KnowledgeBase knowledge, ObjectMapper json) {
    super(PATH, "GET", json, ActorsView.class);
    this.knowledge = knowledge;
  }

  @Override
  ActorsView answer(HttpServletRequest request) {
    String topic = request.getParameter("topic");
    String place = request.getParameter("place");
    Optional<Double> lat = coordinate(request, "lat");
    Optional<Double> lon = coordinate(request, "lon");
    String lang = request.getParameter("lang");
    String limit = request.getParameter("limit");
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
      display = KnowledgeController.language(lang);
      languages = Set.of(display.code());
    }
    int max = parseLimit(limit);
    Optional<Place> resolved = Optional.empty();
    if (lat.isPresent() || lon.isPresent()) {
      if (lat.isEmpty() || lon.isEmpty()) {
        throw new InvalidRequestException(ErrorCode.INVALID_LOCATION,
            "Give both lat and lon.");
      }
      GeoPoint point = new GeoPoint(lat.get(), lon.get());
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
        search.reach().name().toLowerCase(Locale.ROOT));
  }

  /**
   * A coordinate parameter read as Spring reads a {@code Double}: empty is absent, whitespace is
   * ignored, anything {@link Double#valueOf} refuses is the wrong type.
   */
  static Optional<Double> coordinate(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Double.valueOf(StringUtils.trimAllWhitespace(value)));
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(ErrorCode.INVALID_LOCATION,
          "Parameter '" + name + "' has the wrong type.");
    }
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
}
