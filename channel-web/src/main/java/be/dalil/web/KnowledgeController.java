package be.dalil.web;

import be.dalil.i18n.Language;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.InvalidRequestException;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.Municipality;
import be.dalil.knowledge.Topic;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge search API ({@code docs/chat-api-search.md}): topics and places;
 * {@link ActorSearchServlet} answers actor searches.
 */
@RestController
class KnowledgeController {

  private final KnowledgeBase knowledge;

  KnowledgeController(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
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
