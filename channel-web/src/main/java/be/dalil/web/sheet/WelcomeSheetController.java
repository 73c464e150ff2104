package be.dalil.web.sheet;

import be.dalil.i18n.Language;
import be.dalil.i18n.Messages;
import be.dalil.knowledge.Actor;
import be.dalil.knowledge.ActorMatch;
import be.dalil.knowledge.ActorQuery;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.InvalidRequestException;
import be.dalil.knowledge.KnowledgeBase;
import be.dalil.knowledge.Municipality;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.Region;
import be.dalil.knowledge.Topic;
import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * A printable A4 welcome sheet for one municipality ({@code /counsellor/sheet?place=&lang=}):
 * the first steps in order, each in the newcomer's language beside the language of the local
 * desks (Dutch in Flanders, French and Dutch in Brussels, French in Wallonia), with the nearest
 * organisation and a QR code that opens the chat on that step's topic and place. Rendered on the
 * server, so that it prints the same from any browser.
 */
@RestController
class WelcomeSheetController {

  private static final Messages TEXTS = new Messages("i18n/web");

  private final KnowledgeBase knowledge;

  WelcomeSheetController(KnowledgeBase knowledge) {
    this.knowledge = knowledge;
  }

  /** The steps of a region, in the order a newcomer takes them. */
  static List<Topic> steps(Region region) {
    return switch (region) {
      case FLANDERS -> List.of(Topic.REGISTER_MUNICIPALITY, Topic.HEALTH_INSURANCE,
          Topic.SOCIAL_WELFARE, Topic.CIVIC_INTEGRATION, Topic.LEARN_DUTCH);
      case BRUSSELS -> List.of(Topic.REGISTER_MUNICIPALITY, Topic.HEALTH_INSURANCE,
          Topic.SOCIAL_WELFARE, Topic.CIVIC_INTEGRATION, Topic.LEARN_FRENCH, Topic.LEARN_DUTCH);
      case WALLONIA -> List.of(Topic.REGISTER_MUNICIPALITY, Topic.HEALTH_INSURANCE,
          Topic.SOCIAL_WELFARE, Topic.CIVIC_INTEGRATION, Topic.LEARN_FRENCH);
    };
  }

  /** The languages spoken at the local desks. */
  static List<Language> deskLanguages(Region region) {
    return switch (region) {
      case FLANDERS -> List.of(Language.NL);
      case BRUSSELS -> List.of(Language.FR, Language.NL);
      case WALLONIA -> List.of(Language.FR);
    };
  }

  @GetMapping(path = "/counsellor/sheet", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> sheet(@RequestParam(name = "place", defaultValue = "") String placeId,
      @RequestParam(name = "lang", defaultValue = "") String lang) {
    Language language = Language.fromStrictCode(lang).orElseThrow(() ->
        new InvalidRequestException(ErrorCode.UNKNOWN_LANGUAGE,
            "lang must be one of ar, en, fr, nl."));
    Municipality municipality = knowledge.places().byId(placeId)
        .filter(Municipality::current).orElseThrow(() -> new InvalidRequestException(
            ErrorCode.UNKNOWN_PLACE, "place must be the id of a municipality (GET /api/v1/places)."));
    Place place = Place.centreOf(municipality);
    Region region = place.region();
    List<Language> desks = deskLanguages(region).stream().filter(d -> d != language).toList();

    StringBuilder html = new StringBuilder(8192);
    String dir = language.isRightToLeft() ? "rtl" : "ltr";
    html.append("<!doctype html><html lang=\"").append(language.code()).append("\" dir=\"")
        .append(dir).append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
            + " content=\"width=device-width, initial-scale=1\"><title>")
        .append(esc(text(language, "sheet.title", municipality))).append("</title>"
            + "<link rel=\"stylesheet\" href=\"/sheet.css\"></head><body><main class=\"sheet\">");
    html.append("<header><h1>").append(esc(text(language, "sheet.title", municipality)));
    for (Language desk : desks) {
      html.append(" <span class=\"sep\" aria-hidden=\"true\">·</span> <span class=\"desk\" lang=\"").append(desk.code()).append("\" dir=\"ltr\">")
          .append(esc(text(desk, "sheet.title", municipality))).append("</span>");
    }
    html.append("</h1><p>").append(esc(TEXTS.format(language, "sheet.intro"))).append("</p>");
    for (Language desk : desks) {
      html.append("<p class=\"desk\" lang=\"").append(desk.code()).append("\" dir=\"ltr\">")
          .append(esc(TEXTS.format(desk, "sheet.intro"))).append("</p>");
    }
    html.append("</header><ol class=\"steps\">");
    for (Topic topic : steps(region)) {
      step(html, topic, language, desks, place, municipality);
    }
    html.append("</ol><footer><p>").append(esc(TEXTS.format(language, "sheet.footer")))
        .append("</p><button type=\"button\" class=\"no-print\" id=\"print\">")
        .append(esc(TEXTS.format(language, "counsellor.print")))
        .append("</button></footer></main><script src=\"/sheet.js\"></script></body></html>");
    return ResponseEntity.ok().cacheControl(CacheControl.noCache())
        .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
        .body(html.toString());
  }

  private void step(StringBuilder html, Topic topic, Language language, List<Language> desks,
      Place place, Municipality municipality) {
    String label = knowledge.answers().label(topic, language);
    html.append("<li class=\"step\"><div class=\"step-text\"><h2>").append(esc(label));
    for (Language desk : desks) {
      html.append(" <span class=\"sep\" aria-hidden=\"true\">·</span> <span class=\"desk\" lang=\"").append(desk.code()).append("\" dir=\"ltr\">")
          .append(esc(knowledge.answers().label(topic, desk))).append("</span>");
    }
    html.append("</h2>");
    for (String line : guidance(topic, language, place.region())) {
      html.append("<p>").append(esc(line)).append("</p>");
    }
    nearest(topic, place, language).ifPresent(actor -> {
      html.append("<div class=\"nearest\"><p><span class=\"nearest-label\">")
          .append(esc(TEXTS.format(language, "sheet.nearest"))).append("</span> <bdi dir=\"auto\""
              + " class=\"org\">").append(esc(actor.name(language))).append("</bdi></p>");
      String town = (actor.postcode() + " " + actor.municipality()).strip();
      // Most addresses already end with the postcode and town.
      String address = actor.address().isBlank() ? town
          : actor.postcode().isBlank() || actor.address().contains(actor.postcode())
              ? actor.address() : actor.address() + ", " + town;
      List<String> contact = new ArrayList<>();
      if (!address.isBlank()) {
        contact.add("<bdi dir=\"ltr\">" + esc(address) + "</bdi>");
      }
      if (!actor.phone().isBlank()) {
        contact.add("☎ <bdi dir=\"ltr\">" + esc(actor.phone()) + "</bdi>");
      }
      if (!actor.website().isBlank()) {
        contact.add("<bdi dir=\"ltr\">" + esc(actor.website()) + "</bdi>");
      }
      html.append("<p class=\"contact\">").append(String.join(" · ", contact))
          .append("</p></div>");
    });
    String code = language.code() + "-" + topic.id() + "-" + municipality.id();
    html.append("</div><figure class=\"qr\"><img src=\"/api/v1/links/qr.png?code=")
        .append(esc(code)).append("&amp;target=web\" width=\"120\" height=\"120\" alt=\"")
        .append(esc(TEXTS.format(language, "sheet.qrAlt", Map.of("topic", label))))
        .append("\"><figcaption>").append(esc(TEXTS.format(language, "sheet.scan")))
        .append("</figcaption></figure></li>");
  }

  /**
   * What to do, and where here: the answer's first sentence (two when the first is a question),
   * the first of its regional part, and for civic integration the sentence that says for whom it
   * is compulsory. Short, so that the sheet fits on one A4 page.
   */
  private List<String> guidance(Topic topic, Language language, Region region) {
    List<String> lines = new ArrayList<>();
    knowledge.answers().answer(topic, language, Optional.of(region)).ifPresent(text -> {
      String[] parts = text.split("\n\n", 2);
      List<String> general = sentences(parts[0], language);
      if (!general.isEmpty()) {
        String first = general.get(0);
        lines.add(first.endsWith("?") || first.endsWith("؟")
            ? String.join(" ", general.subList(0, Math.min(2, general.size()))) : first);
      }
      if (topic == Topic.CIVIC_INTEGRATION) {
        String compulsory = TEXTS.format(language, "sheet.compulsoryWord");
        general.stream().skip(1).filter(x -> x.contains(compulsory)).findFirst()
            .ifPresent(lines::add);
      }
      if (parts.length > 1) {
        sentences(parts[1], language).stream().findFirst().ifPresent(lines::add);
      }
    });
    return lines;
  }

  private static List<String> sentences(String text, Language language) {
    List<String> found = new ArrayList<>();
    for (String line : text.split("\n")) {
      String plain = line.replaceFirst("^- ", "").strip();
      BreakIterator boundaries = BreakIterator.getSentenceInstance(language.locale());
      boundaries.setText(plain);
      int start = boundaries.first();
      for (int end = boundaries.next(); end != BreakIterator.DONE;
          start = end, end = boundaries.next()) {
        String sentence = plain.substring(start, end).strip();
        if (!sentence.isEmpty()) {
          found.add(sentence);
        }
      }
    }
    return found;
  }

  private Optional<Actor> nearest(Topic topic, Place place, Language reader) {
    return knowledge.actors().find(new ActorQuery(Optional.of(topic), Optional.of(place),
        Set.of(), 1, Optional.of(reader))).matches().stream().findFirst().map(ActorMatch::actor);
  }

  private static String text(Language language, String key, Municipality m) {
    return TEXTS.format(language, key, Map.of("place", m.name(language)));
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
