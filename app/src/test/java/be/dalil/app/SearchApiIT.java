package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The knowledge search API (docs/chat-api-search.md) and the import endpoint, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchApiIT {

  @TempDir
  static Path data;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestApp.embedded(registry, data);
    registry.add("dalil.web.admin-token", () -> "test-token");
    registry.add("dalil.web.max-import-bytes", () -> "8000000");
  }

  @LocalServerPort
  int port;
  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void findsActorsByTopicAndPlaceInAnyLanguageOrScript() {
    for (String place : new String[] {"Gent", "Gand", "Ghent", "غنت", "9000"}) {
      ApiClient.Response r = api.get("/api/v1/actors?topic=learn_dutch&place=" + q(place));
      assertThat(r.status()).as(place).isEqualTo(200);
      assertThat(r.json().at("/place/municipality").asText()).isEqualTo("Gent");
      assertThat(r.json().get("total").asInt()).isGreaterThanOrEqualTo(r.json().get("actors").size());
      assertThat(r.json().get("actors")).isNotEmpty();
      assertThat(r.json().at("/actors/0/distanceKm").asDouble()).isLessThan(5);
    }
  }

  @Test
  void prefersCoordinatesOverPlace() {
    JsonNode body = api.get("/api/v1/actors?topic=learn_dutch&place=Gent&lat=51.2194&lon=4.4025")
        .json();
    assertThat(body.at("/place/municipality").asText()).isEqualTo("Antwerpen");
  }

  @Test
  void filtersByServiceLanguageAndLimits() {
    JsonNode body = api.get("/api/v1/actors?topic=diaspora_community&place=Antwerpen&lang=ar&limit=2")
        .json();
    assertThat(body.get("actors").size()).isBetween(1, 2);
    body.get("actors").forEach(a -> assertThat(a.get("languages").toString()).contains("ar"));
  }

  @Test
  void listsLocalizedTopics() {
    JsonNode fr = api.get("/api/v1/topics?lang=fr").json();
    assertThat(fr.get("topics")).hasSize(29);
    JsonNode ar = api.get("/api/v1/topics?lang=ar").json();
    assertThat(ar.get("topics").get(0).get("label").asText()).containsPattern("\\p{IsArabic}");
  }


  @Test
  void rejectsBadSearchParameters() {
    ApiClient.assertError(api.get("/api/v1/actors?topic=astrology"), 400, "unknown_topic");
    ApiClient.assertError(api.get("/api/v1/actors?lat=91&lon=4"), 400, "invalid_location");
    ApiClient.assertError(api.get("/api/v1/actors?lat=50.8"), 400, "invalid_location");
    ApiClient.assertError(api.get("/api/v1/actors?lat=0&lon=0"), 400, "invalid_location");
    ApiClient.assertError(api.rawGet("/api/v1/actors?place=%ZZ"), 400, "invalid_parameter");
    ApiClient.assertError(api.get("/api/v1/actors?topic=housing&place=Gent&place=Antwerpen"),
        400, "invalid_parameter");
    ApiClient.assertError(api.get("/api/v1/actors?lat=-33.92&lon=18.42"), 400, "invalid_location");
    ApiClient.assertError(api.get("/api/v1/actors?limit=0"), 400, "invalid_limit");
    ApiClient.assertError(api.get("/api/v1/actors?limit=51"), 400, "invalid_limit");
    ApiClient.assertError(api.get("/api/v1/actors?lang=de"), 400, "unknown_language");
  }

  @Test
  void saysAPlaceIsUnknownAndSuggestsCloseSpellings() {
    ApiClient.Response r = api.get("/api/v1/actors?place=Zavtenem");
    ApiClient.assertError(r, 400, "unknown_place");
    assertThat(r.json().at("/error/suggestions").toString()).contains("Zaventem");
    assertThat(r.json().at("/error/message").asText()).contains("Zaventem");
  }

  private ApiClient.Response importBatch(String token, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/v1/admin/actors"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return api.send(request.build());
  }

  @Test
  void importsAllOrNothingBehindAToken() {
    String good = "{\"id\": \"it-buddy-aalst\", \"name\": \"Buddy Aalst\", \"description\":"
        + " {\"en\": \"Buddies.\"}, \"topics\": [\"leisure_meet_people\"], \"municipality\": \"Aalst\","
        + " \"website\": \"https://example.org/buddy\", \"serviceArea\": [\"municipality:aalst\"]}";
    String bad = "{\"id\": \"it-bad\", \"name\": \"\", \"description\": {\"en\": \"x\"},"
        + " \"topics\": [\"nope\"], \"email\": \"not-an-email\", \"serviceArea\": [\"national\"]}";
    ApiClient.assertError(importBatch(null, "[" + good + "]"), 401, "unauthorized");
    ApiClient.assertError(importBatch("wrong", "[" + good + "]"), 401, "unauthorized");

    ApiClient.Response rejected = importBatch("test-token", "[" + good + ", " + bad + "]");
    ApiClient.assertError(rejected, 400, "import_rejected");
    assertThat(rejected.json().at("/error/problems")).hasSize(3);
    assertThat(rejected.json().at("/error/problems/0/index").asInt()).isEqualTo(1);
    JsonNode before = api.get("/api/v1/actors?topic=leisure_meet_people&place=Aalst&limit=50").json();
    assertThat(before.toString()).doesNotContain("it-buddy-aalst");

    ApiClient.Response accepted = importBatch("test-token", "[" + good + "]");
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().get("imported").asInt()).isEqualTo(1);
    JsonNode after = api.get("/api/v1/actors?topic=leisure_meet_people&place=Aalst&limit=3").json();
    assertThat(after.toString()).contains("it-buddy-aalst");
  }

  @Test
  void rejectsAnImportBeyondTheJsonParsersLimitsAsABadRequest() {
    String deep = "[{\"id\": \"it-deep\", \"x\": " + "[".repeat(1500) + "]".repeat(1500) + "}]";
    String longNumber = "[{\"id\": \"it-number\", \"lat\": " + "9".repeat(1200) + "}]";
    for (String body : List.of(deep, longNumber)) {
      ApiClient.Response r = importBatch("test-token", body);
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json().at("/error/code").asText()).isIn("import_rejected", "malformed_json");
      assertThat(r.body()).doesNotContain("Exception").doesNotContain("jackson");
    }
  }

  private static String bulkBatch(int count, String description) {
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      batch.append(i == 0 ? "" : ",").append("{\"id\": \"it-bulk-").append(i)
          .append("\", \"name\": \"Praattafel ").append(i).append("\", \"description\": {\"nl\": \"")
          .append(description).append("\"}, \"topics\": [\"learn_dutch\"],")
          .append(" \"municipality\": \"Genk\", \"serviceArea\": [\"municipality:genk\"],")
          .append(" \"website\": \"https://example.org/").append(i).append("\"}");
    }
    return batch.append(']').toString();
  }

  @Test
  void importsABatchOfSeveralMegabytesUnderItsOwnLimitNotTheChatsOne() {
    // 5,000 actors, about 3 MB: far above the chat's 16 KB (and the old shared 1 MiB limit).
    String batch = bulkBatch(5000, "Samen Nederlands praten. ".repeat(12));
    assertThat(batch.length()).isGreaterThan(2_000_000);
    ApiClient.Response accepted = importBatch("test-token", batch);
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.json().get("imported").asInt()).isEqualTo(5000);
    assertThat(api.get("/api/v1/actors?topic=learn_dutch&place=Genk&limit=50").json()
        .get("total").asInt()).isGreaterThanOrEqualTo(5000);

    // Past the import's own limit (8 MB here): 413 with the JSON error, nothing imported.
    String tooLarge = bulkBatch(12000, "Samen Nederlands praten. ".repeat(20)).replace("it-bulk-", "it-huge-");
    ApiClient.assertError(importBatch("test-token", tooLarge), 413, "payload_too_large");
    assertThat(api.get("/api/v1/actors?topic=learn_dutch&place=Genk&limit=50").json().toString())
        .doesNotContain("it-huge-");
    // The chat keeps its small limit.
    ApiClient.Response chatTooLarge = api.post("/api/v1/messages",
        ApiClient.message("limit-1", "x".repeat(20_000)));
    ApiClient.assertError(chatTooLarge, 413, "payload_too_large");
    // answered before the application's own code, still with the headers every answer has
    assertThat(chatTooLarge.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(chatTooLarge.header("Content-Security-Policy")).isPresent();
    assertThat(chatTooLarge.header("Cache-Control")).contains("no-store");
  }

  @Test
  void marksEveryApiAnswerAsNotToBeCached() {
    assertThat(api.get("/api/v1/topics").header("Cache-Control")).contains("no-store");
    assertThat(api.get("/api/v1/actors?topic=housing&place=Gent").header("Cache-Control"))
        .contains("no-store");
  }
}
