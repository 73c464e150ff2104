package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
    assertThat(fr.get("topics")).hasSize(28);
    JsonNode ar = api.get("/api/v1/topics?lang=ar").json();
    assertThat(ar.get("topics").get(0).get("label").asText()).containsPattern("\\p{IsArabic}");
  }


  @Test
  void rejectsBadSearchParameters() {
    ApiClient.assertError(api.get("/api/v1/actors?topic=astrology"), 400, "unknown_topic");
    ApiClient.assertError(api.get("/api/v1/actors?lat=91&lon=4"), 400, "invalid_location");
    ApiClient.assertError(api.get("/api/v1/actors?lat=50.8"), 400, "invalid_location");
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
}
