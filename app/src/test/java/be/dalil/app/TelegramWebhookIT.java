package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Webhook mode: the webhook is registered with a secret, and requests without it are refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TelegramWebhookIT {

  private static final FakeBotApi API = FakeBotApi.start();

  @TempDir
  static Path data;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestApp.embedded(registry, data);
    registry.add("dalil.telegram.bot-token", () -> "654321:WEBHOOK-TOKEN");
    registry.add("dalil.telegram.api-url", API::url);
    registry.add("dalil.telegram.mode", () -> "webhook");
    registry.add("dalil.telegram.webhook-url", () -> "https://dalil.example/telegram/webhook");
    registry.add("dalil.telegram.webhook-secret", () -> "s3cret-Token_42");
  }

  @AfterAll
  static void stop() {
    API.close();
  }

  @LocalServerPort
  int port;

  private ApiClient.Response post(String secret, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/telegram/webhook"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secret != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    return new ApiClient(port).send(request.build());
  }

  @Test
  void registersTheWebhookWithItsSecret() throws InterruptedException {
    List<FakeBotApi.Call> calls = API.await("setWebhook", c -> !c.isEmpty(), Duration.ofSeconds(10));
    assertThat(calls).singleElement().satisfies(c -> {
      assertThat(c.params().path("url").asText()).isEqualTo("https://dalil.example/telegram/webhook");
      assertThat(c.params().path("secret_token").asText()).isEqualTo("s3cret-Token_42");
    });
  }

  @Test
  void refusesAnUpdateWithAWrongOrMissingSecret() throws InterruptedException {
    String update = TelegramUpdatesJson.text(TelegramUpdatesJson.nextId(), 801, "en", "hello")
        .toString();
    ApiClient.assertError(post("wrong", update), 401, "unauthorized");
    ApiClient.assertError(post(null, update), 401, "unauthorized");
    Thread.sleep(1000);
    assertThat(API.callsTo("sendMessage", 801)).isEmpty();
  }

  @Test
  void answersAnUpdateWithTheRightSecret() throws InterruptedException {
    String update = TelegramUpdatesJson.text(TelegramUpdatesJson.nextId(), 802, "fr",
        "je cherche un cours de français à Ixelles").toString();
    assertThat(post("s3cret-Token_42", update).status()).isEqualTo(200);
    List<FakeBotApi.Call> replies = API.await("sendMessage",
        c -> c.stream().anyMatch(x -> x.params().path("chat_id").asLong() == 802),
        Duration.ofSeconds(10));
    assertThat(replies).anyMatch(c -> c.params().path("chat_id").asLong() == 802
        && c.params().path("text").asText().contains("Ixelles"));
  }

  @Test
  void refusesAnOversizedOrMalformedUpdateInJson() {
    ApiClient.assertError(post("s3cret-Token_42", "{\"update_id\": 1, \"x\": \""
        + "a".repeat(300_000) + "\"}"), 413, "payload_too_large");
    ApiClient.assertError(post("s3cret-Token_42", "{\"update_id\": "), 400, "malformed_json");
  }
}
