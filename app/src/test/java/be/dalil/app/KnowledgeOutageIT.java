package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With MONGODB_URI pointing at an external server, when the network to it fails: conversations
 * in memory go on (actors are in memory, state is written behind), what cannot be answered
 * honestly is a 503, and nothing is lost.
 */
@AutoConfigureObservability // tests switch metrics export off unless asked
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KnowledgeOutageIT {

  private static final MongoServer DATABASE = new MongoServer(new MemoryBackend());
  private static final TcpProxy LINK;

  static {
    try {
      LINK = new TcpProxy(DATABASE.bind().getPort());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("dalil.mongodb-uri", () -> "mongodb://127.0.0.1:" + LINK.port());
    registry.add("dalil.web.admin-token", () -> "outage-token");
  }

  @AfterAll
  static void stop() throws IOException {
    LINK.close();
    DATABASE.shutdownNow();
  }

  @LocalServerPort
  int port;

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void keepsAnsweringKnownConversationsFromMemoryAndCatchesUpWhenTheDatabaseIsBack() {
    ApiClient api = new ApiClient(port);
    JsonNode first = api.post("/api/v1/messages",
        ApiClient.message("outage-1", "أسكن في غنت وأبحث عن سكن")).json();
    assertThat(first.get("language").asText()).isEqualTo("ar");
    assertThat(first.at("/place/municipality").asText()).isEqualTo("Gent");

    LINK.cut();
    try {
      // The conversation and the actors are in memory: the newcomer still gets an answer.
      JsonNode during = api.post("/api/v1/messages",
          ApiClient.message("outage-1", "وأين أجد طبيبا؟")).json();
      assertThat(during.get("intent").asText()).isEqualTo("healthcare");
      assertThat(during.at("/place/municipality").asText()).isEqualTo("Gent");
      assertThat(during.get("actors")).isNotEmpty();

      // A conversation this instance does not hold cannot be read: 503, never a fresh start
      // that would overwrite it.
      ApiClient.Response unknown = api.post("/api/v1/messages",
          ApiClient.message("outage-2", "where can I find a doctor near me"));
      assertThat(unknown.status()).isEqualTo(503);
      assertThat(unknown.json().at("/error/code").asText()).isEqualTo("knowledge_unavailable");
      assertThat(unknown.body()).doesNotContain("Exception");

      // Forgetting is acknowledged only once it is durable.
      ApiClient.Response forget = api.delete("/api/v1/conversations/outage-1");
      assertThat(forget.status()).isEqualTo(503);
      assertThat(forget.json().at("/error/code").asText()).isEqualTo("knowledge_unavailable");

      // Operators see it: not ready (the database is down), still alive, and counted.
      ApiClient.Response ready = api.get("/actuator/health/readiness");
      assertThat(ready.status()).isEqualTo(503);
      assertThat(ready.json().at("/components/database/status").asText()).isEqualTo("DOWN");
      assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
      assertThat(api.getWithHeader("/actuator/prometheus", "Authorization",
          "Bearer outage-token").body()).contains("dalil_reply_failures_total{channel=\"web\","
          + "code=\"knowledge_unavailable\"} 1.0");
    } finally {
      LINK.restore();
    }
    for (int attempt = 0; attempt < 60
        && api.get("/actuator/health/readiness").status() != 200; attempt++) {
      sleep(500);
    }
    assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);

    // What changed during the outage reaches the database once it is back.
    try (MongoClient direct = MongoClients.create(
        "mongodb://127.0.0.1:" + DATABASE.getLocalAddress().getPort())) {
      MongoCollection<Document> conversations = direct.getDatabase("dalil")
          .getCollection(MongoConversationStore.COLLECTION);
      Document saved = null;
      for (int attempt = 0; attempt < 60; attempt++) {
        saved = conversations.find(Filters.eq("_id", "outage-1")).first();
        if (saved != null && "healthcare".equals(saved.getString("topic"))) {
          break;
        }
        sleep(500);
      }
      assertThat(saved).isNotNull();
      assertThat(saved.getString("topic")).isEqualTo("healthcare");

      assertThat(api.delete("/api/v1/conversations/outage-1").status()).isEqualTo(204);
      assertThat(conversations.find(Filters.eq("_id", "outage-1")).first()).isNull();
    }
  }
}
