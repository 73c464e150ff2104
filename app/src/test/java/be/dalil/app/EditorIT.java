package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The editors' side over real HTTP and in a real browser: nothing without signing in, CSRF on
 * every change, roles kept apart, and the questions newcomers asked that Dalil could not answer,
 * grouped, marked answered and exported, with nothing that leads back to a conversation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorIT {

  private static final String PASSWORD = "a long editor password";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ChromeDriver browser;

  @RegisterExtension
  static final Browsers.PerClass CHROMIUM = new Browsers.PerClass(started -> browser = started);

  @TempDir
  static Path data;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestApp.embedded(registry, data);
    String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
    registry.add("dalil.editor.accounts", () -> "eva:editor:" + hash + ",adam:admin:" + hash);
    registry.add("dalil.unanswered.flush-interval", () -> "100ms");
  }

  @LocalServerPort
  int port;

  @Autowired
  MongoDatabase db;

  /** An HTTP client with its own cookies (its own session), following no redirect. */
  final class Visitor {
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(uri(path)));
    }

    JsonNode session() throws IOException {
      return JSON.readTree(get("/api/v1/editor/session").body());
    }

    HttpResponse<String> signIn(String name, String password) throws IOException {
      String token = session().at("/csrf/token").asText();
      return send(HttpRequest.newBuilder(uri("/editor/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password="
              + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
              + URLEncoder.encode(token, StandardCharsets.UTF_8))));
    }

    HttpResponse<String> post(String path, boolean withToken) throws IOException {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
          .POST(HttpRequest.BodyPublishers.noBody());
      if (withToken) {
        JsonNode csrf = session().at("/csrf");
        request.header(csrf.at("/header").asText(), csrf.at("/token").asText());
      }
      return send(request);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static void assertJsonError(HttpResponse<String> response, int status, String code)
      throws IOException {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo(code);
  }

  @Test
  void showsNoEditorPageOrDataWithoutSigningIn() throws IOException {
    Visitor stranger = new Visitor();
    assertJsonError(stranger.get("/api/v1/editor/unanswered"), 401, "unauthorized");
    assertJsonError(stranger.get("/api/v1/editor/unanswered/export"), 401, "unauthorized");
    assertJsonError(stranger.get("/api/v1/editor/accounts"), 401, "unauthorized");
    // A change without a session is refused before anything else (its token is missing).
    assertJsonError(stranger.post("/api/v1/editor/unanswered/abc/answered", false), 403,
        "forbidden");
    assertJsonError(stranger.post("/api/v1/editor/unanswered/abc/answered", true), 401,
        "unauthorized");
    // A browser is sent to the sign-in page, and a wrong password keeps it there.
    HttpResponse<String> page = stranger.send(HttpRequest.newBuilder(uri("/editor/"))
        .header("Accept", "text/html"));
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow())
        .endsWith("/editor/login.html");
    assertThat(stranger.signIn("eva", "wrong password").headers().firstValue("Location")
        .orElseThrow()).endsWith("/editor/login.html?error");
    assertThat(stranger.session().at("/signedIn").asBoolean()).isFalse();
    // Path parameters do not slip past the guard.
    assertThat(stranger.get("/api;x=1/v1/editor/unanswered").statusCode()).isEqualTo(400);
  }

  @Test
  void refusesChangesWithoutTheFormTokenAndKeepsAccountsToAdmins() throws IOException {
    Visitor eva = new Visitor();
    assertThat(eva.signIn("eva", PASSWORD).headers().firstValue("Location").orElseThrow())
        .endsWith("/editor/");
    assertThat(eva.session().at("/roles").toString()).isEqualTo("[\"editor\"]");
    assertJsonError(eva.post("/api/v1/editor/unanswered/abc/answered", false), 403,
        "forbidden");
    assertJsonError(eva.post("/api/v1/editor/unanswered/abc/answered", true), 404, "not_found");
    assertJsonError(eva.get("/api/v1/editor/accounts"), 403, "forbidden");

    Visitor adam = new Visitor();
    adam.signIn("adam", PASSWORD);
    HttpResponse<String> accounts = adam.get("/api/v1/editor/accounts");
    assertThat(accounts.statusCode()).isEqualTo(200);
    assertThat(accounts.body()).contains("\"eva\"", "\"editor\"", "\"adam\"", "\"admin\"")
        .doesNotContain("$2");

    // Signing out ends the session.
    HttpResponse<String> out = eva.post("/editor/logout", true);
    assertThat(out.headers().firstValue("Location").orElseThrow()).contains("signedOut");
    assertJsonError(eva.get("/api/v1/editor/unanswered"), 401, "unauthorized");
  }

  @Test
  void listsWhatNewcomersAskedThatDalilCouldNotAnswerMostAskedFirst() throws IOException {
    ApiClient chat = new ApiClient(port);
    List<String> asked = List.of("set an alarm for 7 tomorrow morning",
        "Set an alarm for 7 tomorrow morning", "set an ALARM for 7 tomorrow morning!",
        "I need papers for my kids", "I need a doctor in Antwerpen");
    for (int i = 0; i < asked.size(); i++) {
      assertThat(chat.post("/api/v1/messages", ApiClient.message("editor-it-conv-" + i,
          asked.get(i))).status()).isEqualTo(200);
    }
    Visitor eva = new Visitor();
    eva.signIn("eva", PASSWORD);
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
      try {
        return JSON.readTree(eva.get("/api/v1/editor/unanswered").body()).at("/groups").size()
            >= 2;
      } catch (IOException e) {
        return false;
      }
    });

    // Stored without anything that leads back to the conversations they came from.
    for (Document stored : db.getCollection("unanswered").find()) {
      assertThat(stored.toJson()).doesNotContain("editor-it-conv");
    }

    browser.get("http://localhost:" + port + "/editor/");
    WebElement name = new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("username")));
    assertThat(browser.getCurrentUrl()).endsWith("/editor/login.html");
    Browsers.assertAccessible(browser, "sign-in page");
    name.sendKeys("eva");
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.cssSelector("#login button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
        d.findElements(By.cssSelector("#unanswered tbody tr")).size() >= 2);
    assertThat(browser.findElement(By.id("who")).getText()).isEqualTo("eva");
    List<WebElement> rows = browser.findElements(By.cssSelector("#unanswered tbody tr"));
    assertThat(rows.get(0).getText()).startsWith("3").containsIgnoringCase("set an alarm");
    assertThat(browser.findElement(By.id("unanswered")).getText())
        .contains("I need papers for my kids").doesNotContain("doctor in Antwerpen");
    Browsers.assertAccessible(browser, "editor page");

    // Editors in Flanders and Brussels read it in their language; the choice is kept.
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("editor-lang")))
        .selectByValue("nl");
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(
        By.id("proposals-title")).getText().equals("Voorstellen om na te kijken"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(
        By.cssSelector("#unanswered tbody button.mark-answered")).stream()
        .allMatch(b -> b.getText().equals("Markeren als beantwoord")));
    Browsers.assertAccessible(browser, "editor page in Dutch");
    browser.navigate().refresh();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "nl".equals(
        d.findElement(By.tagName("html")).getAttribute("lang")));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("editor-lang")))
        .selectByValue("en");
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(
        By.cssSelector("#unanswered tbody tr")).size() >= 2 && d.findElement(
        By.id("proposals-title")).getText().equals("Proposals to review"));
    rows = browser.findElements(By.cssSelector("#unanswered tbody tr"));

    rows.get(0).findElement(By.cssSelector("button.mark-answered")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
        d.findElement(By.id("status")).getText().equals("Marked answered."));
    assertThat(browser.findElement(By.id("unanswered")).getText()).doesNotContain("alarm");

    HttpResponse<String> export = eva.get("/api/v1/editor/unanswered/export");
    assertThat(export.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/tab-separated-values");
    assertThat(export.body()).startsWith("lang\tintent\ttext\n")
        .contains("en\t").contains("\tI need papers for my kids\n")
        .doesNotContain("alarm");
  }

  @Test
  void slowsDownPasswordGuessingForAnAccount() throws IOException {
    Visitor guesser = new Visitor();
    int refused = 0;
    for (int attempt = 0; attempt < 12; attempt++) {
      HttpResponse<String> answer = guesser.signIn("mallory", "guess " + attempt);
      if (answer.statusCode() == 429) {
        refused++;
        assertJsonError(answer, 429, "rate_limited");
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
      }
    }
    assertThat(refused).isEqualTo(2);
    // Another account is not held back by it.
    assertThat(new Visitor().signIn("eva", PASSWORD).headers().firstValue("Location")
        .orElseThrow()).endsWith("/editor/");
  }
}
