package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What an operator gets: public liveness and readiness (database and conversation write queue),
 * and Prometheus metrics behind the admin token, as the README shows them.
 */
@AutoConfigureObservability // tests switch metrics export off unless asked
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsIT {

  static final String TOKEN = "operator-token-1";

  @TempDir
  static Path data;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestApp.embedded(registry, data);
    registry.add("dalil.web.admin-token", () -> TOKEN);
  }

  @LocalServerPort
  int port;
  ApiClient api;

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  ApiClient.Response metrics(String token) {
    return api.getWithHeader("/actuator/prometheus", "Authorization", "Bearer " + token);
  }

  @Test
  void reportsLivenessAndReadinessWithTheDatabaseAndTheWriteQueue() {
    ApiClient.Response live = api.get("/actuator/health/liveness");
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.json().get("status").asText()).isEqualTo("UP");

    ApiClient.Response ready = api.get("/actuator/health/readiness");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().at("/components/database/status").asText()).isEqualTo("UP");
    assertThat(ready.json().at("/components/conversationQueue/status").asText())
        .isEqualTo("UP");
    // Probes are public but say nothing about the data.
    assertThat(ready.body()).doesNotContain("pending").doesNotContain("dalil-mongo");
  }

  @Test
  void countsMessagesByChannelLanguageIntentAndResolution() {
    api.post("/api/v1/messages", ApiClient.message("ops-1", "I need a doctor in Antwerpen"));
    api.post("/api/v1/messages", ApiClient.message("ops-2", "où apprendre le néerlandais à Gand"));
    api.post("/api/v1/messages", ApiClient.message("ops-3", "set an alarm for 7 tomorrow"));
    api.post("/api/v1/messages",
        ApiClient.message("ops-4", "I need papers for my kids"));

    ApiClient.Response r = metrics(TOKEN);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("text/plain");
    List<String> lines = r.body().lines().toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("dalil_messages_total{")
        .contains("channel=\"web\"", "intent=\"healthcare\"", "language=\"en\"",
            "resolution=\"answered\""));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("dalil_messages_total{")
        .contains("language=\"fr\"", "intent=\"learn_dutch\""));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("dalil_messages_total{")
        .contains("resolution=\"out_of_scope\""));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("dalil_messages_total{")
        .contains("resolution=\"clarifying\""));
    // The reply latency histogram, for percentiles in Prometheus.
    assertThat(lines).anySatisfy(l -> assertThat(l)
        .startsWith("dalil_reply_seconds_bucket{channel=\"web\""));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("dalil_reply_seconds_count")
        .endsWith(" 4"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("dalil_conversations_pending"));
    // The chat's own servlet is named in the HTTP metrics as Spring MVC names its endpoints.
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("http_server_requests_seconds_count")
        .contains("method=\"POST\"", "status=\"200\"", "uri=\"/api/v1/messages\""));
    // No long-task timer per request (application.properties): it cost about 1% of the chat's CPU.
    assertThat(lines).noneSatisfy(l -> assertThat(l).startsWith("http_server_requests_active"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("mongodb_driver_commands_seconds")
        .contains("status=\"SUCCESS\""));
    // Nothing a user wrote becomes a label.
    assertThat(r.body()).doesNotContain("Antwerpen").doesNotContain("alarm");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/actuator/prometheus", "/actuator", "/actuator/metrics",
      "/actuator/health/..;/prometheus", "/actuator/health/%2e%2e/prometheus",
      "/actuator;x=1/prometheus"})
  void keepsMetricsBehindTheAdminToken(String path) {
    ApiClient.Response anonymous = api.rawGet(path);
    ApiClient.assertError(anonymous, 401, "unauthorized");
    assertThat(anonymous.body()).doesNotContain("dalil_");
  }

  /** Found by HttpFuzzIT: Actuator answered an unknown health path 404 with an empty body. */
  @Test
  void answersAnUnknownHealthPathWithTheJsonError() {
    ApiClient.assertError(api.get("/actuator/health/nothing"), 404, "not_found");
    ApiClient.assertError(api.rawGet("/actuator/health/../.."), 404, "not_found");
    assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
  }

  @Test
  void refusesAWrongToken() {
    ApiClient.assertError(metrics("operator-token-2"), 401, "unauthorized");
    ApiClient.assertError(metrics(""), 401, "unauthorized");
  }
}
