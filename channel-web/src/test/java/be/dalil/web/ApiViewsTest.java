package be.dalil.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.message.Reply;
import be.dalil.bot.message.ReplyPart;
import be.dalil.i18n.Language;
import be.dalil.knowledge.Actor;
import be.dalil.knowledge.ActorMatch;
import be.dalil.knowledge.GeoPoint;
import be.dalil.knowledge.LocalizedText;
import be.dalil.knowledge.Municipality;
import be.dalil.knowledge.Place;
import be.dalil.knowledge.Region;
import be.dalil.knowledge.Scope;
import be.dalil.knowledge.Topic;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON views of {@code docs/chat-api.md}: map links and the message response. */
class ApiViewsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Actor actor(String id, String name, String municipality, String address) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("id", id);
    fields.put("name", name);
    fields.put("description", new LocalizedText(Map.of(Language.EN, "Dutch courses for adults.",
        Language.AR, "دروس اللغة الهولندية للكبار.")));
    fields.put("topics", List.of(Topic.LEARN_DUTCH, Topic.CIVIC_INTEGRATION));
    fields.put("province", "Brussels");
    fields.put("municipality", municipality);
    fields.put("postcode", "1000");
    fields.put("address", address);
    fields.put("website", "https://www.example.be/nederlands");
    fields.put("email", "info@example.be");
    fields.put("phone", "+32 2 000 00 00");
    fields.put("accessibility", new Actor.Accessibility(List.of(), "", ""));
    fields.put("languages", List.of("nl", "fr", "en"));
    fields.put("scope", Scope.REGIONAL);
    fields.put("source", "test");
    fields.put("lastVerified", 2024);
    return RecordFixtures.record(Actor.class, fields);
  }

  /** No description, place, phone or e-mail: those fields are null in the JSON. */
  static Actor onlineActor() {
    return RecordFixtures.record(Actor.class, Map.of(
        "id", "online-dutch-course",
        "name", "Online Dutch Course",
        "description", LocalizedText.empty(),
        "topics", List.of(Topic.LEARN_DUTCH),
        "website", "https://www.example.org/dutch",
        "phone", " ",
        "accessibility", new Actor.Accessibility(List.of(), "", ""),
        "scope", Scope.ONLINE,
        "source", "test",
        "lastVerified", 2023));
  }

  static Actor huisVanHetNederlands() {
    return actor("huis-van-het-nederlands-brussel", "Huis van het Nederlands Brussel",
        "Brussels", "Philippe de Champagnestraat 23, 1000 Brussel");
  }

  static Place schaerbeek() {
    Municipality m = RecordFixtures.record(Municipality.class, Map.of(
        "id", "schaerbeek",
        "nis", "21015",
        "region", Region.BRUSSELS,
        "province", "Brussels",
        "names", new LocalizedText(Map.of(Language.FR, "Schaerbeek", Language.NL, "Schaarbeek")),
        "postcodes", List.of("1030"),
        "centre", new GeoPoint(50.8676, 4.3737)));
    return new Place(m, "1030", new GeoPoint(50.867, 4.377), true);
  }

  static Reply reply(Language language, double confidence, Optional<Place> place,
      List<ReplyPart> parts, List<ActorMatch> actors) {
    return new Reply(new ConversationId("c-8f2a"), language, Topic.LEARN_DUTCH,
        Optional.of(Topic.LEARN_DUTCH), confidence, place, parts, actors);
  }

  // --- mapUrl ---

  @Test
  void linksToAnOpenStreetMapSearchOfTheAddress() {
    assertThat(ApiViews.mapUrl(huisVanHetNederlands())).isEqualTo(
        "https://www.openstreetmap.org/search?query="
            + "Philippe+de+Champagnestraat+23%2C+1000+Brussel%2C+Belgium");
  }

  @Test
  void searchesForTheNameAndMunicipalityWhenTheAddressIsUnknown() {
    Actor actor = actor("atlas", "Atlas Integratie & Inburgering", "Antwerpen", "");

    assertThat(ApiViews.mapUrl(actor)).isEqualTo("https://www.openstreetmap.org/search?query="
        + "Atlas+Integratie+%26+Inburgering%2C+Antwerpen%2C+Belgium");
  }

  @Test
  void prefersTheAddressToTheNameAndMunicipality() {
    Actor actor = actor("x", "Some Name", "Gent", "Kortrijksesteenweg 1, 9000 Gent");

    assertThat(ApiViews.mapUrl(actor))
        .contains("query=Kortrijksesteenweg+1%2C+9000+Gent%2C+Belgium")
        .doesNotContain("Some+Name");
  }

  @Test
  void encodesNonAsciiAddresses() {
    Actor actor = actor("x", "CPAS", "Bruxelles", "Rue de l'Église 5");

    assertThat(ApiViews.mapUrl(actor)).isEqualTo("https://www.openstreetmap.org/search?query="
        + "Rue+de+l%27%C3%89glise+5%2C+Belgium");
  }

  @ParameterizedTest
  @CsvSource(value = {"'', ''", "' ', '  '", "'', '\t'"})
  void hasNoMapLinkWhenNeitherAddressNorMunicipalityIsKnown(String municipality, String address) {
    Actor actor = actor("x", "Some Name", municipality, address);

    assertThat(ApiViews.mapUrl(actor)).isNull();
  }

  // --- message ---

  @Test
  void rendersTheFieldsTheChatApiContractNames() throws IOException {
    Reply reply = reply(Language.EN, 0.93456, Optional.of(schaerbeek()),
        List.of(new ReplyPart.Text("Here is where you can learn Dutch."),
            new ReplyPart.Actors(List.of(
                new ActorMatch(huisVanHetNederlands(), Optional.of(2.44), false))),
            new ReplyPart.QuickReplies(List.of(
                new ReplyPart.QuickReply("Housing", "topic:housing"),
                new ReplyPart.QuickReply("Menu", "menu"))),
            new ReplyPart.RequestLocation("Share your location to find help nearby.")),
        List.of(new ActorMatch(huisVanHetNederlands(), Optional.of(2.44), false),
            new ActorMatch(onlineActor(), Optional.empty(), false)));

    JsonNode actual = JSON.valueToTree(ApiViews.message(reply));

    JsonNode expected;
    try (InputStream in = getClass().getResourceAsStream("message-response.json")) {
      assertThat(in).as("fixture message-response.json").isNotNull();
      expected = JSON.readTree(in);
    }
    List<String> differences = new ArrayList<>();
    compareContractFields("$", expected, actual, differences);
    assertThat(differences).as("actual: %s", actual).isEmpty();
  }

  @Test
  void hasANullPlaceAndNoActorsWhenNoneAreKnown() {
    JsonNode view = JSON.valueToTree(ApiViews.message(reply(Language.FR, 1.0, Optional.empty(),
        List.of(new ReplyPart.Text("Bonjour !")), List.of())));

    assertThat(view.has("place")).isTrue();
    assertThat(view.get("place").isNull()).isTrue();
    assertThat(view.get("actors").isArray()).isTrue();
    assertThat(view.get("actors")).isEmpty();
    assertThat(view.get("language").asText()).isEqualTo("fr");
  }

  @ParameterizedTest
  @CsvSource({"0.93456, 0.935", "1.0, 1.0", "0.0004, 0.0", "0.5, 0.5", "0.12345, 0.123"})
  void roundsTheConfidenceToThreeDecimals(double confidence, double shown) {
    ApiViews.MessageView view = ApiViews.message(
        reply(Language.EN, confidence, Optional.empty(), List.of(), List.of()));

    assertThat(view.confidence()).isEqualTo(shown);
  }

  @Test
  void describesActorsInTheReplyLanguageWithAMapLink() {
    ApiViews.MessageView view = ApiViews.message(reply(Language.AR, 0.9, Optional.empty(),
        List.of(), List.of(new ActorMatch(huisVanHetNederlands(), Optional.empty(), true))));

    ApiViews.ActorView actor = view.actors().get(0);
    assertThat(actor.description()).isEqualTo("دروس اللغة الهولندية للكبار.");
    assertThat(actor.distanceKm()).isNull();
    assertThat(actor.distanceApproximate()).isTrue();
    assertThat(actor.mapUrl()).isEqualTo(ApiViews.mapUrl(huisVanHetNederlands()));
    assertThat(actor.scope()).isEqualTo("regional");
    assertThat(view.language()).isEqualTo("ar");
  }

  @Test
  void keepsTheReplyPartsInOrder() {
    ApiViews.MessageView view = ApiViews.message(reply(Language.NL, 0.8, Optional.empty(),
        List.of(new ReplyPart.RequestLocation("Waar ben je?"), new ReplyPart.Text("Een"),
            new ReplyPart.Text("Twee")), List.of()));

    assertThat(view.replies()).extracting(part -> part.get("type"))
        .containsExactly("requestLocation", "text", "text");
    assertThat(view.replies()).extracting(part -> part.get("text"))
        .containsExactly("Waar ben je?", "Een", "Twee");
  }

  /**
   * Every field of {@code expected} is in {@code actual} with the same value; arrays match
   * element by element. Fields the contract does not name may be added freely.
   */
  static void compareContractFields(String path, JsonNode expected, JsonNode actual,
      List<String> differences) {
    if (actual == null || actual.isMissingNode()) {
      differences.add(path + ": missing");
    } else if (expected.isObject()) {
      if (!actual.isObject()) {
        differences.add(path + ": expected an object, got " + actual);
        return;
      }
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        compareContractFields(path + "." + field.getKey(), field.getValue(),
            actual.get(field.getKey()), differences);
      }
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        differences.add(path + ": expected " + expected.size() + " elements, got " + actual);
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compareContractFields(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
      }
    } else if (expected.isNumber()) {
      if (!actual.isNumber() || Double.compare(expected.asDouble(), actual.asDouble()) != 0) {
        differences.add(path + ": expected " + expected + ", got " + actual);
      }
    } else if (!expected.equals(actual)) {
      differences.add(path + ": expected " + expected + ", got " + actual);
    }
  }
}
