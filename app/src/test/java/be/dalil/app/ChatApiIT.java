package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The chat API contract (docs/chat-api.md) over real HTTP, on the embedded MongoDB. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatApiIT {

  @TempDir
  static Path data;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestApp.embedded(registry, data);
    registry.add("dalil.web.messages-per-minute", () -> "20");
  }

  @LocalServerPort
  int port;
  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  private static String id() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en|Where can I learn Dutch in Schaerbeek?",
      "ar|أين يمكنني تعلم الهولندية في سكاربيك؟",
      "fr|Où apprendre le néerlandais à Schaerbeek ?",
      "nl|Waar kan ik Nederlands leren in Schaarbeek?",
  })
  void answersInTheUsersLanguageWithTheNearestActors(String language, String text) {
    ApiClient.Response r = api.post("/api/v1/messages", ApiClient.message(id(), text));
    assertThat(r.status()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("language").asText()).isEqualTo(language);
    assertThat(body.get("intent").asText()).isEqualTo("learn_dutch");
    assertThat(body.get("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(body.at("/place/municipality").asText()).isEqualTo("Schaerbeek");
    assertThat(body.at("/place/postcode").asText()).isEqualTo("1030");
    assertThat(body.get("actors")).isNotEmpty();
    JsonNode first = body.get("actors").get(0);
    // Brussels' reference service for Dutch first; it serves the whole region, so no distance.
    assertThat(first.get("id").asText()).isEqualTo("huis-van-het-nederlands-brussel");
    assertThat(first.get("topics").toString()).contains("learn_dutch");
    assertThat(first.get("distanceKm").isNull()).isTrue();
    assertThat(body.get("actors")).anySatisfy(a -> assertThat(a.get("distanceKm").isNumber()).isTrue());
    assertThat(first.has("website") && first.has("phone") && first.has("email")
        && first.has("address") && first.has("languages")).isTrue();
    assertThat(body.get("replies")).anySatisfy(p ->
        assertThat(p.get("type").asText()).isEqualTo("actors"));
    JsonNode text0 = body.get("replies").get(0).get("text");
    if (language.equals("ar")) {
      assertThat(text0.asText()).containsPattern("\\p{IsArabic}");
    }
  }

  /** Topic, then place, then another topic, then another place, over HTTP. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en|how do i register at the town hall|I live in Schaerbeek|and where can I find a doctor|and in Ghent?",
      "fr|comment m'inscrire à la commune|j'habite à Schaerbeek|je cherche un médecin généraliste|et à Gand ?",
      "nl|hoe schrijf ik me in bij de gemeente|ik woon in Schaarbeek|ik zoek een huisarts|en in Gent?",
      "ar|كيف أسجل في البلدية|أسكن في سكاربيك|أبحث عن طبيب عام|وفي غنت؟",
  })
  void followsAConversationAcrossTopicsAndPlaces(String language, String topic1, String place1,
      String topic2, String place2) {
    String id = id();
    JsonNode first = api.post("/api/v1/messages", ApiClient.message(id, topic1)).json();
    assertThat(first.get("language").asText()).isEqualTo(language);
    assertThat(first.get("intent").asText()).isEqualTo("register_municipality");
    assertThat(first.get("place").isNull()).isTrue();
    assertThat(first.get("replies").toString()).contains("requestLocation");

    JsonNode second = api.post("/api/v1/messages", ApiClient.message(id, place1)).json();
    assertThat(second.get("intent").asText()).isEqualTo("provide_location");
    assertThat(second.get("topic").asText()).isEqualTo("register_municipality");
    assertThat(second.at("/place/municipality").asText()).isEqualTo("Schaerbeek");
    assertThat(second.get("actors")).isNotEmpty();

    JsonNode third = api.post("/api/v1/messages", ApiClient.message(id, topic2)).json();
    assertThat(third.get("intent").asText()).isEqualTo("healthcare");
    assertThat(third.at("/place/municipality").asText()).isEqualTo("Schaerbeek");
    assertThat(third.get("actors")).isNotEmpty();

    JsonNode fourth = api.post("/api/v1/messages", ApiClient.message(id, place2)).json();
    assertThat(fourth.get("intent").asText()).isEqualTo("provide_location");
    assertThat(fourth.get("topic").asText()).isEqualTo("healthcare");
    assertThat(fourth.at("/place/municipality").asText()).isEqualTo("Gent");
    assertThat(fourth.get("language").asText()).isEqualTo(language);
  }

  /** A service known by a descriptive name is named in the reader's language. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "fr|mon fils a avalé des médicaments, on habite à Gand|112 - Numéro d'urgence européen (ambulance et pompiers)",
      "ar|ابني ابتلع أدوية كثيرة، نسكن في غنت|112 - رقم الطوارئ الأوروبي (الإسعاف والإطفاء)",
      "en|my son swallowed pills, we live in Ghent|112 - European emergency number (ambulance and fire brigade)",
  })
  void namesTheEmergencyNumberInTheUsersLanguage(String language, String text, String name) {
    JsonNode body = api.post("/api/v1/messages", ApiClient.message(id(), text)).json();
    assertThat(body.get("language").asText()).isEqualTo(language);
    assertThat(body.get("actors").findValuesAsText("name")).contains(name);
  }

  @Test
  void keepsTheConversationBetweenMessages() {
    String id = id();
    JsonNode first = api.post("/api/v1/messages",
        ApiClient.message(id, "comment trouver un logement")).json();
    assertThat(first.get("intent").asText()).isEqualTo("housing");
    assertThat(first.get("place").isNull()).isTrue();
    assertThat(first.get("replies").toString()).contains("requestLocation");
    JsonNode second = api.post("/api/v1/messages", ApiClient.message(id, "Anderlecht")).json();
    assertThat(second.get("language").asText()).isEqualTo("fr");
    assertThat(second.get("intent").asText()).isEqualTo("provide_location");
    assertThat(second.get("topic").asText()).isEqualTo("housing");
    assertThat(second.at("/place/municipality").asText()).isEqualTo("Anderlecht");
    assertThat(second.get("actors")).isNotEmpty();
  }

  @Test
  void acceptsALocationOrAPayloadWithoutText() {
    String id = id();
    ApiClient.Response located = api.post("/api/v1/messages", "{\"conversationId\": \"" + id
        + "\", \"location\": {\"lat\": 51.054, \"lon\": 3.717}, \"language\": \"nl\"}");
    assertThat(located.status()).isEqualTo(200);
    assertThat(located.json().at("/place/municipality").asText()).isEqualTo("Gent");
    ApiClient.Response tapped = api.post("/api/v1/messages", "{\"conversationId\": \"" + id
        + "\", \"payload\": \"topic:learn_dutch\"}");
    assertThat(tapped.status()).isEqualTo(200);
    assertThat(tapped.json().get("intent").asText()).isEqualTo("learn_dutch");
    assertThat(tapped.json().get("language").asText()).isEqualTo("nl");
    assertThat(tapped.json().get("actors").get(0).get("distanceKm").asDouble()).isLessThan(10);
  }

  @Test
  void forgetsAConversation() {
    String id = id();
    api.post("/api/v1/messages", ApiClient.message(id, "ik woon in Leuven"));
    ApiClient.Response deleted = api.delete("/api/v1/conversations/" + id);
    assertThat(deleted.status()).isEqualTo(204);
    JsonNode after = api.post("/api/v1/messages", ApiClient.message(id, "hello")).json();
    assertThat(after.get("place").isNull()).isTrue();
  }


  @Test
  void rejectsMalformedJson() {
    ApiClient.assertError(api.post("/api/v1/messages", "{\"conversationId\": \"x\", "), 400,
        "malformed_json");
    ApiClient.assertError(api.post("/api/v1/messages", "[1, 2]"), 400, "malformed_json");
  }

  @Test
  void rejectsABadConversationId() {
    ApiClient.assertError(api.post("/api/v1/messages", ApiClient.message("no spaces allowed", "hi")), 400,
        "invalid_conversation_id");
    ApiClient.assertError(api.post("/api/v1/messages", "{\"text\": \"hi\"}"), 400,
        "invalid_conversation_id");
    ApiClient.assertError(api.post("/api/v1/messages", ApiClient.message("x".repeat(65), "hi")), 400,
        "invalid_conversation_id");
  }

  @Test
  void rejectsMissingOrOversizedText() {
    ApiClient.assertError(api.post("/api/v1/messages", "{\"conversationId\": \"" + id() + "\"}"), 400,
        "missing_text");
    ApiClient.assertError(api.post("/api/v1/messages", ApiClient.message(id(), "   ")), 400,
        "missing_text");
    ApiClient.assertError(api.post("/api/v1/messages", ApiClient.message(id(), "a".repeat(2001))), 400,
        "text_too_long");
    assertThat(api.post("/api/v1/messages", ApiClient.message(id(), "a".repeat(2000))).status())
        .isEqualTo(200);
  }

  @Test
  void rejectsAnUnknownLanguage() {
    ApiClient.assertError(api.post("/api/v1/messages", "{\"conversationId\": \"" + id()
        + "\", \"text\": \"hi\", \"language\": \"de\"}"), 400, "unknown_language");
  }

  @Test
  void rejectsCoordinatesOutOfRange() {
    ApiClient.assertError(api.post("/api/v1/messages", "{\"conversationId\": \"" + id()
        + "\", \"location\": {\"lat\": 95, \"lon\": 4.3}}"), 400, "invalid_location");
    ApiClient.assertError(api.post("/api/v1/messages", "{\"conversationId\": \"" + id()
        + "\", \"location\": {\"lat\": \"north\"}}"), 400, "invalid_location");
  }

  @Test
  void rejectsAnUnknownPayload() {
    ApiClient.assertError(api.post("/api/v1/messages", "{\"conversationId\": \"" + id()
        + "\", \"payload\": \"topic:astrology\"}"), 400, "invalid_payload");
  }

  @Test
  void rejectsAnOversizedBody() {
    String huge = ApiClient.message(id(), "a".repeat(40_000));
    ApiClient.assertError(api.post("/api/v1/messages", huge), 413, "payload_too_large");
    // Without a Content-Length (chunked), the limit still holds.
    HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/api/v1/messages"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
            new java.io.ByteArrayInputStream(huge.getBytes()))).build();
    ApiClient.assertError(api.send(chunked), 413, "payload_too_large");
  }

  @Test
  void slowsDownAClientThatSendsTooFast() {
    String id = id();
    int limited = 0;
    for (int i = 0; i < 25; i++) {
      ApiClient.Response r = api.post("/api/v1/messages", ApiClient.message(id, "hello"));
      if (r.status() == 429) {
        ApiClient.assertError(r, 429, "rate_limited");
        // 20 messages a minute: the next token comes within 3 seconds
        assertThat(r.header("Retry-After")).hasValueSatisfying(seconds ->
            assertThat(Long.parseLong(seconds)).isBetween(1L, 3L));
        limited++;
      }
    }
    assertThat(limited).isGreaterThanOrEqualTo(4);
  }

  @Test
  void ignoresAMalformedAcceptLanguageHeader() {
    for (String header : List.of(";", ",;", ";q=0.5,")) {
      assertThat(api.postWithHeader("/api/v1/messages", ApiClient.message(id(), "hello"),
          "Accept-Language", header).status()).as(header).isEqualTo(200);
    }
  }

  @Test
  void buildsCounsellorLinksOnlyOnAnAllowedHostWithoutAPublicBaseUrl() {
    ApiClient.Response local = api.rawGet("/api/v1/links?lang=fr&place=Gent&topic=housing");
    assertThat(local.status()).isEqualTo(200);
    assertThat(local.json().get("webUrl").asText()).startsWith("http://localhost");

    ApiClient.assertError(api.rawGet("/api/v1/links?lang=fr&place=Gent", "evil.example"), 400,
        "invalid_parameter");
    ApiClient.assertError(api.rawGet("/api/v1/links/qr.png?code=fr-0-0", "evil.example"), 400,
        "invalid_parameter");
  }

  @Test
  void answersTheTelegramWebhookWithAJsonNotFoundWhenTheChannelIsOff() {
    ApiClient.assertError(api.post("/telegram/webhook", "{\"update_id\": 1}"), 404, "not_found");
  }

  @Test
  void answersUnknownPathsAndWrongMethodsInJson() {
    ApiClient.assertError(api.get("/api/v1/nothing-here"), 404, "not_found");
    ApiClient.assertError(api.get("/error"), 404, "not_found");
    ApiClient.assertError(api.post("/error", "{}"), 404, "not_found");
    ApiClient.assertError(api.get("/api/v1/messages"), 405, "method_not_allowed");
    ApiClient.assertError(api.post("/api/v1/messages", "hello", "text/plain"), 415,
        "unsupported_media_type");
  }

  /** What Tomcat refuses before the application runs: once HTML pages or empty bodies. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unencoded bracket in the path|GET /api/v1/[x] HTTP/1.1~Host: localhost|400|bad_request",
      "unencoded brace and caret|GET /api/v1/{a^b} HTTP/1.1~Host: localhost|400|bad_request",
      "encoded slash|GET /api/v1/a%2Fb HTTP/1.1~Host: localhost|400|bad_request",
      "encoded backslash|GET /api/v1/a%5Cb HTTP/1.1~Host: localhost|400|bad_request",
      "no Host header|GET /api/v1/topics HTTP/1.1|400|bad_request",
      "bad Content-Length|POST /api/v1/messages HTTP/1.1~Host: localhost~Content-Length: abc"
          + "|400|bad_request",
      "CONNECT|CONNECT /api/v1/messages HTTP/1.1~Host: localhost|405|method_not_allowed",
      "HTTP/9.9|GET /api/v1/topics HTTP/9.9~Host: localhost|505|bad_request",
      "TRACE on the API|TRACE /api/v1/messages HTTP/1.1~Host: localhost|405|method_not_allowed",
      "TRACE on the page|TRACE / HTTP/1.1~Host: localhost~Cookie: secret=1|405"
          + "|method_not_allowed",
  })
  void answersWhatTomcatRefusesInJsonWithTheSecurityHeaders(String name, String request,
      int status, String code) {
    ApiClient.Response r = api.raw(request.replace("~", "\r\n") + "\r\nConnection: close\r\n\r\n");
    ApiClient.assertError(r, status, code);
    assertThat(r.header("Cache-Control")).contains("no-store");
    assertThat(r.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.header("Content-Security-Policy")).hasValueSatisfying(v ->
        assertThat(v).contains("default-src 'self'"));
    assertThat(r.body()).doesNotContain("secret").doesNotContain("Tomcat");
  }

  /** Path parameters and dot segments reach the API too, so they meet the same checks. */
  @Test
  void appliesTheApiChecksWhateverTheSpellingOfThePath() {
    for (String path : List.of("/api;x=1/v1/actors?place=%ZZ", "/api/v1;x=1/actors?place=%ZZ")) {
      ApiClient.Response r = api.rawGet(path);
      ApiClient.assertError(r, 400, "invalid_parameter");
      assertThat(r.header("Cache-Control")).as(path).contains("no-store");
    }
  }
}
