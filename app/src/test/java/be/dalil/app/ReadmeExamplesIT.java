package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's curl examples, run as written with the real curl against the application (only
 * the port changed): a new user who copies them gets answers, not errors.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadmeExamplesIT {

  static final String TOKEN = "readme-token";

  @TempDir
  static Path data;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestApp.embedded(registry, data);
    registry.add("dalil.web.admin-token", () -> TOKEN);
  }

  @LocalServerPort
  int port;

  /** Every curl command in the README's shell blocks, continuation lines joined. */
  static List<String> curlExamples() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> commands = new ArrayList<>();
    boolean inShell = false;
    StringBuilder current = null;
    for (String line : lines) {
      if (line.startsWith("```")) {
        inShell = !inShell && (line.equals("```sh") || line.equals("```bash"));
        continue;
      }
      if (!inShell) {
        continue;
      }
      if (current == null && line.startsWith("curl ")) {
        current = new StringBuilder();
      }
      if (current != null) {
        boolean continued = line.endsWith("\\");
        current.append(continued ? line.substring(0, line.length() - 1) : line).append(' ');
        if (!continued) {
          commands.add(current.toString().trim());
          current = null;
        }
      }
    }
    return commands;
  }

  @Test
  void everyCurlExampleAnswersWithoutAnError() throws Exception {
    List<String> examples = curlExamples();
    assertThat(examples).as("curl examples in the README").hasSizeGreaterThanOrEqualTo(3);
    ObjectMapper json = new ObjectMapper();
    for (String example : examples) {
      assertThat(example).as("examples use port 8080, which the test replaces")
          .contains("localhost:8080");
      String command = example.replace("localhost:8080", "localhost:" + port)
          // fail on HTTP errors instead of printing them
          .replaceFirst("^curl ", "curl --fail-with-body --max-time 20 ");
      ProcessBuilder builder = new ProcessBuilder("bash", "-c", command)
          .redirectErrorStream(true);
      builder.environment().put("DALIL_ADMIN_TOKEN", TOKEN);
      Process curl = builder.start();
      String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(curl.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(curl.exitValue()).as(example + "\n" + out).isZero();
      if (example.contains("/api/")) {
        JsonNode answer = json.readTree(out);
        assertThat(answer.has("error")).as(out).isFalse();
        if (example.contains("/messages")) {
          assertThat(answer.get("actors")).as(out).isNotEmpty();
        }
      } else if (example.contains("/actuator/health")) {
        assertThat(json.readTree(out).get("status").asText()).isEqualTo("UP");
      } else {
        assertThat(out).contains("dalil_messages_total");
      }
    }
  }
}
