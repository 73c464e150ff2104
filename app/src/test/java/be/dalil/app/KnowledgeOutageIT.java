package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With MONGODB_URI pointing at an external server: when the network to it fails the API answers
 * 503, and no conversation is lost.
 */
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
  void answers503WhileTheDatabaseIsUnreachableAndKeepsTheConversation() {
    ApiClient api = new ApiClient(port);
    JsonNode first = api.post("/api/v1/messages",
        ApiClient.message("outage-1", "أسكن في غنت وأبحث عن سكن")).json();
    assertThat(first.get("language").asText()).isEqualTo("ar");
    assertThat(first.at("/place/municipality").asText()).isEqualTo("Gent");

    LINK.cut();
    try {
      ApiClient.Response down = api.post("/api/v1/messages",
          ApiClient.message("outage-1", "where can I find a doctor near me"));
      assertThat(down.status()).isEqualTo(503);
      assertThat(down.json().at("/error/code").asText()).isEqualTo("knowledge_unavailable");
      assertThat(down.body()).doesNotContain("Exception");
    } finally {
      LINK.restore();
    }

    // The driver notices the link is back within a few heartbeats; a client simply retries.
    ApiClient.Response back = null;
    for (int attempt = 0; attempt < 40; attempt++) {
      back = api.post("/api/v1/messages", ApiClient.message("outage-1", "وأين أجد طبيبا؟"));
      if (back.status() == 200) {
        break;
      }
      assertThat(back.status()).isEqualTo(503);
      sleep(500);
    }
    assertThat(back.status()).isEqualTo(200);
    JsonNode after = back.json();
    assertThat(after.get("language").asText()).isEqualTo("ar");
    assertThat(after.at("/place/municipality").asText()).isEqualTo("Gent");
    assertThat(after.get("intent").asText()).isEqualTo("healthcare");
  }
}
