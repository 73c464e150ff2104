package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.web.listings.FreshnessReminders;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
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
 * The path, through real HTTP, a real browser and a real SMTP server (GreenMail): an
 * organisation proposes a change in French, confirms its e-mail address, an editor approves it,
 * and the next chat answer shows it; the editor can restore the earlier version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListingsIT {

  private static final String PASSWORD = "a long editor password";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUESTION = "je cherche un cours de néerlandais à Schaerbeek";
  private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  private static ChromeDriver browser;

  @RegisterExtension
  static final Browsers.PerClass CHROMIUM = new Browsers.PerClass(started -> browser = started);

  static {
    SMTP.start();
  }

  @TempDir
  static Path data;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestApp.embedded(registry, data);
    registry.add("dalil.editor.accounts", () -> "eva:editor:"
        + new BCryptPasswordEncoder(4).encode(PASSWORD));
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    registry.add("dalil.listings.mail-from", () -> "dalil@example.org");
    registry.add("dalil.web.messages-per-minute", () -> "200");
    // Links in messages point at the public address; the test maps it back to its own port.
    registry.add("dalil.web.public-base-url", () -> "https://dalil.test");
    registry.add("dalil.listings.reminders-per-day", () -> "1");
  }

  @LocalServerPort
  int port;

  @AfterAll
  static void stopMail() {
    SMTP.stop();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  private JsonNode firstCard() throws IOException {
    ApiClient.Response reply = new ApiClient(port).post("/api/v1/messages",
        ApiClient.message("listings-it-" + System.nanoTime(), QUESTION));
    assertThat(reply.status()).isEqualTo(200);
    return reply.json().at("/actors/0");
  }

  private MimeMessage awaitMail(int count) throws InterruptedException {
    assertThat(SMTP.waitForIncomingEmail(10_000, count)).isTrue();
    MimeMessage[] received = SMTP.getReceivedMessages();
    return received[received.length - 1];
  }

  @Test
  void anOrganisationsChangeInFrenchReachesTheChatOnceConfirmedAndApproved() throws Exception {
    int before = SMTP.getReceivedMessages().length;
    JsonNode card = firstCard();
    String id = card.at("/id").asText();
    String name = card.at("/name").asText();
    assertThat(card.at("/phone").asText()).isNotEqualTo("02 555 01 23");

    // The organisation finds its listing and proposes a new phone number, in French.
    browser.get(url("/partners?lang=fr"));
    WebElement query = waiting().until(d -> d.findElement(By.id("p-query")));
    waiting().until(d -> "fr".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    Browsers.assertAccessible(browser, "partners page");
    query.sendKeys(name);
    browser.findElement(By.cssSelector("#p-find button[type=submit]")).click();
    WebElement change = waiting().until(d -> d.findElements(By.cssSelector("#p-found button"))
        .stream().filter(b -> b.getAttribute("aria-label").endsWith(": " + name)).findFirst()
        .orElse(null));
    assertThat(change.getText()).isEqualTo("Proposer une modification");
    change.click();
    WebElement phone = waiting().until(d -> {
      WebElement field = d.findElement(By.id("f-phone"));
      return field.isDisplayed() && !d.findElement(By.id("f-name")).getAttribute("value")
          .isEmpty() ? field : null;
    });
    assertThat(browser.findElement(By.id("f-name")).getAttribute("value")).isEqualTo(name);

    // First a mistake: the server's own checks mark the field.
    phone.clear();
    phone.sendKeys("appelez-nous");
    browser.findElement(By.id("f-you")).sendKeys("contact@organisation.example");
    browser.findElement(By.id("p-submit")).click();
    waiting().until(d -> "true".equals(d.findElement(By.id("f-phone"))
        .getAttribute("aria-invalid")));
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("p-problems");
    assertThat(browser.findElement(By.id("f-phone")).getAttribute("aria-describedby"))
        .contains("problem-phone");
    Browsers.assertAccessible(browser, "partners form with a problem");

    phone.clear();
    phone.sendKeys("02 555 01 23");
    browser.findElement(By.id("p-submit")).click();
    waiting().until(d -> d.findElement(By.id("p-notice")).getText().startsWith("Merci."));

    // Nothing is published yet; the confirmation arrives in French.
    assertThat(cardField(id, "phone")).isNotEqualTo("02 555 01 23");
    MimeMessage confirm = awaitMail(before + 1);
    assertThat(confirm.getAllRecipients()[0].toString()).isEqualTo("contact@organisation.example");
    assertThat(confirm.getSubject()).startsWith("Confirmez votre proposition");
    String link = linkIn(confirm, "/partners/confirm");
    browser.get(url(link));
    waiting().until(d -> d.findElement(By.id("p-notice")).getText()
        .startsWith("Votre proposition est confirmée"));
    // A changed link does nothing.
    browser.get(url(link.replaceFirst(".$", "x")));
    waiting().until(d -> d.findElement(By.id("p-notice")).getText()
        .startsWith("Ce lien ne fonctionne plus"));

    // An editor reviews the change beside the current listing and approves it.
    openEditorPage();
    WebElement proposal = waiting().until(d -> d.findElements(By.cssSelector("#proposals"
        + " .proposal")).stream().filter(p -> p.getText().contains("02 555 01 23")).findFirst()
        .orElse(null));
    assertThat(proposal.getText()).contains(name).contains("phone").contains("02 555 01 23");
    Browsers.assertAccessible(browser, "editor page with a proposal");
    proposal.findElement(By.cssSelector("button.approve")).click();
    waiting().until(d -> proposal.getText().contains("Published"));

    // The next chat answer shows it; the proposer is told in French.
    assertThat(cardField(id, "phone")).isEqualTo("02 555 01 23");
    assertThat(awaitMail(before + 2).getSubject()).isEqualTo("Votre proposition pour " + name
        + " est publiée");

    // The editor can restore the listing as it was.
    browser.findElement(By.id("history-id")).sendKeys(id);
    browser.findElement(By.cssSelector("#history-form button")).click();
    WebElement restore = waiting().until(d -> d.findElements(By.cssSelector("#history"
        + " button.revert")).stream().findFirst().orElse(null));
    assertThat(browser.findElement(By.id("history")).getText()).contains("eva")
        .contains("shipped data");
    restore.click();
    waiting().until(d -> d.findElement(By.id("history-status")).getText()
        .contains("published again"));
    assertThat(cardField(id, "phone")).isEqualTo(card.at("/phone").asText());
  }

  /** The editors' page, signed in as eva (once per browser session). */
  private void openEditorPage() {
    browser.get(url("/editor/"));
    waiting().until(d -> d.getCurrentUrl().endsWith("/editor/")
        || !d.findElements(By.id("username")).isEmpty());
    if (!browser.findElements(By.id("username")).isEmpty()) {
      browser.findElement(By.id("username")).sendKeys("eva");
      browser.findElement(By.id("password")).sendKeys(PASSWORD);
      browser.findElement(By.cssSelector("#login button[type=submit]")).click();
    }
    waiting().until(d -> d.getCurrentUrl().endsWith("/editor/"));
  }

  /** A field of listing {@code id}'s card in the chat's answer to the question. */
  private String cardField(String id, String field) throws IOException {
    ApiClient.Response reply = new ApiClient(port).post("/api/v1/messages",
        ApiClient.message("listings-it-" + System.nanoTime(), QUESTION));
    for (JsonNode actor : reply.json().at("/actors")) {
      if (actor.at("/id").asText().equals(id)) {
        return actor.at("/" + field).asText();
      }
    }
    throw new AssertionError(id + " is not in the answer any more: " + reply.body());
  }

  /**
   * The path and query of the link to {@code path} in a message: links point at the public
   * address, which the test maps back to its own port.
   */
  private static String linkIn(MimeMessage message, String path) {
    String body = GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    Matcher link = Pattern.compile("https://dalil\\.test(" + Pattern.quote(path)
        + "\\?token=[A-Za-z0-9_.-]+)").matcher(body);
    assertThat(link.find()).as(body).isTrue();
    return link.group(1);
  }

  @Test
  void keepsNothingARobotSendsThroughTheHiddenField() throws Exception {
    int before = SMTP.getReceivedMessages().length;
    ApiClient.Response sent = new ApiClient(port).post("/api/v1/partners/proposals",
        JSON.writeValueAsString(java.util.Map.of("record", java.util.Map.of("name", "Spam"),
            "email", "robot@example.org", "language", "en", "website2", "http://spam")));
    assertThat(sent.status()).isEqualTo(202);
    Thread.sleep(500);
    assertThat(SMTP.getReceivedMessages()).hasSize(before);
    ApiClient.assertError(new ApiClient(port).post("/api/v1/partners/proposals",
        JSON.writeValueAsString(java.util.Map.of("record", java.util.Map.of("name", "X"),
            "email", "not an address", "language", "en"))), 400, "invalid_parameter");
    ApiClient.Response refused = new ApiClient(port).post("/api/v1/partners/proposals",
        JSON.writeValueAsString(java.util.Map.of("record", java.util.Map.of("name", "X",
            "phone", "call us"), "email", "a@example.org", "language", "en")));
    ApiClient.assertError(refused, 400, "import_rejected");
    assertThat(refused.json().at("/error/problems").findValuesAsText("field"))
        .contains("phone", "topics", "description");
    assertThat(SMTP.getReceivedMessages()).hasSize(before);
  }

  @Autowired
  FreshnessReminders reminders;

  @Test
  void asksAnOrganisationOnceAYearWhetherItsListingIsStillRight() throws Exception {
    int before = SMTP.getReceivedMessages().length;
    assertThat(reminders.send()).isEqualTo(1);
    MimeMessage asked = awaitMail(before + 1);
    String link = linkIn(asked, "/partners/check");
    String name = asked.getSubject().replaceAll(".*(?:fiche van|fiche de) (.*?) (?:op|sur) Dalil.*",
        "$1");

    browser.get(url(link));
    WebElement yes = waiting().until(d -> {
      WebElement button = d.findElement(By.id("p-check-yes"));
      return button.isDisplayed() ? button : null;
    });
    assertThat(browser.findElement(By.id("p-check-heading")).getText()).contains(name);
    Browsers.assertAccessible(browser, "yearly check");
    yes.click();
    waiting().until(d -> d.findElement(By.id("p-notice")).isDisplayed());
    String id = JSON.readTree(new ApiClient(port).get("/api/v1/partners/check?token="
        + link.replaceFirst(".*token=", "")).body()).at("/listingId").asText();
    assertThat(new ApiClient(port).get("/api/v1/partners/listings/" + id).json()
        .at("/lastVerified").asInt()).isEqualTo(java.time.Year.now().getValue());
  }

  @Test
  void rejectsAProposalWithAReasonTheProposerReceivesAndKeepsProposersOutOfTheEditorsApi()
      throws Exception {
    JsonNode card = firstCard();
    String id = card.at("/id").asText();
    ApiClient api = new ApiClient(port);
    com.fasterxml.jackson.databind.node.ObjectNode record =
        (com.fasterxml.jackson.databind.node.ObjectNode) api.get("/api/v1/partners/listings/"
            + id).json();
    record.put("name", "Nom inventé");
    int before = SMTP.getReceivedMessages().length;
    assertThat(api.post("/api/v1/partners/proposals", JSON.writeValueAsString(java.util.Map.of(
        "record", record, "changeOf", id, "email", "autre@organisation.example",
        "language", "nl"))).status()).isEqualTo(202);
    String link = linkIn(awaitMail(before + 1), "/partners/confirm");
    // A proposer has no way to publish: the editors' API needs an editor's session.
    assertThat(api.post("/api/v1/editor/proposals/x/approve", "{}").status()).isIn(401, 403);
    browser.get(url(link));
    waiting().until(d -> d.getCurrentUrl().contains("confirmed"));

    openEditorPage();
    WebElement proposal = waiting().until(d -> d.findElements(By.cssSelector("#proposals"
        + " .proposal")).stream().filter(p -> p.getText().contains("Nom inventé")).findFirst()
        .orElse(null));
    proposal.findElement(By.cssSelector("button.reject")).click();
    waiting().until(d -> proposal.getText().contains("Write the reason first"));
    proposal.findElement(By.tagName("textarea")).sendKeys("Dit is niet de naam van de organisatie.");
    proposal.findElement(By.cssSelector("button.reject")).click();
    waiting().until(d -> proposal.getText().contains("Rejected"));

    MimeMessage told = awaitMail(before + 2);
    assertThat(told.getSubject()).isEqualTo("Je voorstel voor Nom inventé is niet gepubliceerd");
    assertThat(GreenMailUtil.getBody(told)).contains("Dit is niet de naam van de organisatie.");
    assertThat(cardField(id, "name")).isEqualTo(card.at("/name").asText());
  }
}
