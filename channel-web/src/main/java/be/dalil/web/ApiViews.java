package be.dalil.web;

import be.dalil.bot.message.ActorLinks;
import be.dalil.bot.message.Reply;
import be.dalil.bot.message.ReplyPart;
import be.dalil.i18n.Language;
import be.dalil.knowledge.Actor;
import be.dalil.knowledge.ActorMatch;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.Topic;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** JSON shapes of the API ({@code docs/chat-api.md}); null where the contract says null. */
final class ApiViews {

  private ApiViews() {}

  record PlaceView(String municipality, String postcode, double lat, double lon,
      String municipalityId, String label, String region, String province) {}

  record ActorView(String id, String name, String description, List<String> topics,
      String municipality, String province, Double distanceKm, boolean distanceApproximate,
      List<String> languages, String website, String phone, String email, String address,
      String postcode, String mapUrl, String scope, int lastVerified, List<String> flags) {}

  record MessageView(String conversationId, String language, String intent, String topic,
      double confidence, PlaceView place, List<Map<String, Object>> replies,
      List<ActorView> actors) {}

  static MessageView message(Reply reply) {
    Language language = reply.language();
    // The cards of the parts are the reply's cards again: each is made into a view once.
    Map<ActorMatch, ActorView> views = new IdentityHashMap<>();
    Function<ActorMatch, ActorView> card = m -> views.computeIfAbsent(m, x -> actor(x, language));
    List<Map<String, Object>> parts = new ArrayList<>();
    for (ReplyPart part : reply.parts()) {
      Map<String, Object> view = new LinkedHashMap<>();
      if (part instanceof ReplyPart.Text t) {
        view.put("type", "text");
        view.put("text", t.text());
      } else if (part instanceof ReplyPart.Actors a) {
        view.put("type", "actors");
        view.put("actors", a.actors().stream().map(card).toList());
      } else if (part instanceof ReplyPart.QuickReplies q) {
        view.put("type", "quickReplies");
        view.put("options", q.options().stream()
            .map(o -> Map.of("label", o.label(), "payload", o.payload())).toList());
      } else if (part instanceof ReplyPart.RequestLocation r) {
        view.put("type", "requestLocation");
        view.put("text", r.text());
      }
      parts.add(view);
    }
    return new MessageView(reply.conversationId().value(), language.code(), reply.intent().id(),
        reply.topic().map(Topic::id).orElse(null), Math.round(reply.confidence() * 1000) / 1000.0,
        reply.place().map(p -> place(p, language)).orElse(null), parts,
        reply.actors().stream().map(card).toList());
  }

  static PlaceView place(Place place, Language language) {
    return new PlaceView(place.municipality().officialName(), blankToNull(place.postcode()),
        place.point().lat(), place.point().lon(), place.municipality().id(),
        place.municipality().name(language), place.region().id(), place.municipality().province());
  }

  static ActorView actor(ActorMatch match, Language language) {
    Actor a = match.actor();
    Double distance = match.distanceKm().map(d -> Math.round(d * 10) / 10.0).orElse(null);
    return new ActorView(a.id(), a.name(language), blankToNull(a.description().in(language)),
        a.topics().stream().map(Topic::id).toList(), blankToNull(a.municipality()),
        blankToNull(a.province()), distance, match.approximate(), a.languages(),
        blankToNull(a.website()), blankToNull(a.phone()), blankToNull(a.email()),
        blankToNull(a.address()), blankToNull(a.postcode()), mapUrl(a), a.scope().id(),
        a.lastVerified(), List.copyOf(a.flags()));
  }

  /** An OpenStreetMap search for the actor's address (or name and town): never a guessed pin. */
  static String mapUrl(Actor a) {
    return ActorLinks.mapUrl(a).orElse(null);
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
