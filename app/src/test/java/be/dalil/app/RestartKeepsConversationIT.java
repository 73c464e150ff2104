package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded database keeps its data in the data directory: after a restart the knowledge base
 * is not loaded again and no conversation is lost.
 */
class RestartKeepsConversationIT {

  @TempDir
  Path data;

  private ConfigurableApplicationContext start() {
    // As main() runs it: the database and the knowledge base opened while Spring starts.
    return DalilApplication.application().run("--server.port=0", "--dalil.data-dir=" + data, "--dalil.mongodb-uri=");
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
  }

  @Test
  void keepsConversationsAndDataAcrossARestart() {
    try (ConfigurableApplicationContext first = start()) {
      JsonNode reply = new ApiClient(port(first)).post("/api/v1/messages",
          ApiClient.message("restart-1", "ik zoek een huis in Mechelen")).json();
      assertThat(reply.at("/place/municipality").asText()).isEqualTo("Mechelen");
    }
    assertThat(Files.exists(data.resolve(MongoSetup.DATA_FILE))).isTrue();

    try (ConfigurableApplicationContext second = start()) {
      ApiClient api = new ApiClient(port(second));
      JsonNode reply = api.post("/api/v1/messages",
          ApiClient.message("restart-1", "en een huisarts?")).json();
      assertThat(reply.get("language").asText()).isEqualTo("nl");
      assertThat(reply.at("/place/municipality").asText()).isEqualTo("Mechelen");
      assertThat(reply.get("actors")).isNotEmpty();
      JsonNode search = api.get("/api/v1/actors?topic=learn_dutch&place=Mechelen").json();
      assertThat(search.get("total").asInt()).isPositive();
    }
  }
}
