package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Whatever a user or an attacker sends, no message text, place, coordinates, token or raw
 * parameter reaches the log of any component (Tomcat and Spring included), and a client that
 * hangs up costs no stack trace. Every value sent carries a marker word that is then looked for
 * in everything the application printed.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIT {

  @TempDir
  static Path data;

  static final List<String> MARKERS = List.of("quokka", "Heuvelland", "8123457", "2.9123456");

  static void common(DynamicPropertyRegistry registry, String name) {
    TestApp.embedded(registry, data.resolve(name));
    registry.add("dalil.web.admin-token", () -> "quokka-admin-token");
    registry.add("dalil.editor.accounts", () -> "eva:editor:"
        + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4)
            .encode("eva-password"));
  }

  /** A newcomer's conversation, then everything odd a client can send. */
  static void scenario(int port) {
    ApiClient api = new ApiClient(port);
    String id = "it-logs";
    api.post("/api/v1/messages", ApiClient.message(id, "I live in Heuvelland, quokka doctor?"));
    api.post("/api/v1/messages", ApiClient.message(id, "ana f Heuvelland bghit tbib quokka"));
    api.post("/api/v1/messages", "{\"conversationId\": \"" + id + "\", \"text\": \"\","
        + " \"location\": {\"lat\": 50.8123457, \"lon\": 2.9123456}}");
    api.post("/api/v1/messages", "{\"conversationId\": \"" + id + "\", \"text\": \"\","
        + " \"location\": {\"lat\": -33.8123457, \"lon\": 18.4}}");
    api.post("/api/v1/messages", "{\"conversationId\": {\"$ne\": \"quokka\"}, \"text\": 1}");
    api.post("/api/v1/messages", "{\"conversationId\": \"quokka\\u0000\", \"text\": \"x\"");
    api.post("/api/v1/messages", ApiClient.message(id, "quokka".repeat(500)));
    api.get("/api/v1/actors?topic=health_doctor&place=Heuvelland&lang=en");
    api.get("/api/v1/actors?topic=health_doctor&lat=50.8123457&lon=2.9123456");
    api.get("/api/v1/actors?topic=health_doctor&place=Quokkaville");
    api.get("/api/v1/actors?lat=quokka&lon=2.9123456");
    api.rawGet("/api/v1/actors?place=%ZZquokka&topic=housing");
    api.rawGet("/api/v1/actors?place=Heuvelland&place=quokka");
    api.rawGet("/api/v1/[quokka]");
    api.rawGet("/quokka/x/..;/app.js");
    api.rawGet("/api/v1/links?lang=fr&place=Heuvelland", "quokka.example");
    api.raw("POST /api/v1/messages HTTP/1.1\r\nHost: localhost\r\nContent-Length: quokka\r\n"
        + "Connection: close\r\n\r\n");
    api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/api/v1/admin/actors")).header("Content-Type", "application/json")
        .header("Authorization", "Bearer quokka-wrong-token")
        .POST(HttpRequest.BodyPublishers.ofString("[]")).build());
    api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/api/v1/admin/actors")).header("Content-Type", "application/json")
        .header("Authorization", "Bearer quokka-admin-token")
        .POST(HttpRequest.BodyPublishers.ofString("[{\"id\": \"quokka-1\", \"name\":"
            + " \"Quokka club\", \"description\": {\"en\": \"quokka\"}, \"topics\":"
            + " [\"leisure_meet_people\"], \"municipality\": \"Quokkatown\"}]")).build());
    api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/webhook"))
        .header("Content-Type", "application/json")
        .header("X-Telegram-Bot-Api-Secret-Token", "quokka-secret")
        .POST(HttpRequest.BodyPublishers.ofString("{\"update_id\": 1, \"message\": {\"text\":"
            + " \"quokka\"}}")).build());
    // An organisation's proposal, an editor's sign-in with a wrong name and password, the
    // editors' questions list: none of what they carry is logged either.
    api.post("/api/v1/partners/proposals", "{\"record\": {\"name\": \"Quokka club\","
        + " \"phone\": \"quokka\"}, \"email\": \"quokka@example.org\", \"language\": \"en\"}");
    api.get("/api/v1/partners/listings?q=quokka");
    api.get("/partners/confirm?token=quokka.quokka");
    api.post("/editor/login", "username=quokka&password=quokka-password",
        "application/x-www-form-urlencoded");
    api.get("/api/v1/editor/unanswered");
    api.get("/counsellor/sheet?place=Heuvelland&lang=en");
    for (String path : List.of("/api/v1/places?lang=en", "/api/v1/links/qr.png?code=fr-0-0",
        "/api/v1/actors?topic=housing&place=Heuvelland&limit=50", "/app.js")) {
      hangUp(port, path);
    }
  }

  /** Asks, then resets the connection before the answer is read. */
  static void hangUp(int port, String path) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoLinger(true, 0);
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertNothingPrivate(String log) {
    for (String marker : MARKERS) {
      assertThat(log.toLowerCase(Locale.ROOT)).as(marker)
          .doesNotContain(marker.toLowerCase(Locale.ROOT));
    }
    assertThat(log).doesNotContain("ClientAbortException").doesNotContain("Connection reset")
        .doesNotContain("\tat ").doesNotContain(" ERROR ");
  }

  @Nested
  @SpringBootTest(classes = DalilApplication.class,
      webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
  class PlainLogs {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
      common(registry, "plain");
    }

    @LocalServerPort
    int port;

    @Test
    void keepWhatUsersSendOutOfEveryLogger(CapturedOutput output) throws InterruptedException {
      scenario(port);
      Thread.sleep(500); // the hung-up requests finish on Tomcat's threads
      assertNothingPrivate(output.getAll());
    }
  }

  /**
   * Structured logs, as an operator turns them on: a whole application in its own JVM (Logback
   * is set up once per JVM), its console read line by line.
   */
  @Test
  void structuredLogsAreOneJsonObjectALineAndJustAsDiscreet() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(javaBin, "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), DalilApplication.class.getName(),
        "--server.port=" + port, "--dalil.data-dir=" + data.resolve("structured"),
        "--dalil.mongodb-uri=", "--dalil.web.admin-token=quokka-admin-token")
        .redirectErrorStream(true);
    builder.environment().put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
    Process app = builder.start();
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
        in.lines().forEach(lines::add);
      } catch (IOException | UncheckedIOException e) {
        // the process ended
      }
    });
    reader.start();
    try {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (lines.stream().noneMatch(l -> l.contains("Started DalilApplication"))) {
        assertThat(app.isAlive()).as("application running: " + lines).isTrue();
        assertThat(System.nanoTime()).as("started within 90 s").isLessThan(end);
        Thread.sleep(50);
      }
      scenario(port);
      Thread.sleep(500);
    } finally {
      app.destroy();
      app.waitFor(20, TimeUnit.SECONDS);
      app.destroyForcibly();
      reader.join(5000);
    }
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      if (!line.isBlank()) {
        assertThat(json.readTree(line).at("/log/level").isTextual()).as(line).isTrue();
      }
    }
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("Tomcat started"));
    assertNothingPrivate(String.join("\n", lines));
  }
}
