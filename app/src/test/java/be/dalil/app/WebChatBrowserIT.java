package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.conversation.WriteBehindConversationStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web chat and the counsellor page in a real headless Chromium (Debian's chromium and
 * chromium-driver), against the running application. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebChatBrowserIT {

  private static final Path SCREENSHOTS = Path.of("target/screenshots");
  private static ChromeDriver browser;

  @RegisterExtension
  static final Browsers.PerClass CHROMIUM = new Browsers.PerClass(started -> browser = started);

  @TempDir
  static Path data;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestApp.embedded(registry, data);
    registry.add("dalil.web.telegram-bot-username", () -> "dalil_test_bot");
    registry.add("dalil.web.messages-per-minute", () -> "200");
    registry.add("dalil.web.requests-per-minute-per-client", () -> "5000");
  }

  @LocalServerPort
  int port;

  @Autowired
  WriteBehindConversationStore conversations;

  @BeforeAll
  static void screenshotsFolder() throws IOException {
    Files.createDirectories(SCREENSHOTS);
  }

  @BeforeEach
  void freshConversation() {
    browser.get(url("/"));
    ((JavascriptExecutor) browser).executeScript(
        "localStorage.clear(); sessionStorage.clear();");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  private int botMessages() {
    return browser.findElements(By.cssSelector("#messages .msg.bot")).size();
  }

  /** Types a message, sends it with Enter, and waits for the assistant's answer. */
  private void ask(String text) {
    int before = botMessages();
    WebElement input = browser.findElement(By.id("input"));
    input.sendKeys(text);
    input.sendKeys(Keys.ENTER);
    waiting().until(d -> botMessages() > before);
    waiting().until(d -> !"true".equals(d.findElement(By.id("messages"))
        .getAttribute("aria-busy")));
  }

  private String conversationText() {
    return browser.findElement(By.id("messages")).getText();
  }

  private void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ar|أين يمكنني تعلم الهولندية في سكاربيك؟|rtl",
      "en|Where can I learn Dutch in Schaerbeek?|ltr",
      "fr|Où apprendre le néerlandais à Schaerbeek ?|ltr",
      "nl|Waar kan ik Nederlands leren in Schaarbeek?|ltr",
  })
  void answersInEachLanguageWithActorCards(String lang, String question, String dir)
      throws IOException {
    browser.get(url("/?lang=" + lang));
    waiting().until(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo(dir);
    ask(question);
    List<WebElement> cards = waiting().until(ExpectedConditions
        .presenceOfAllElementsLocatedBy(By.cssSelector("#messages .actor-card")));
    assertThat(cards).isNotEmpty();
    WebElement card = cards.get(0);
    assertThat(card.findElements(By.cssSelector("a.website, a.map, a.call, a.email")))
        .isNotEmpty();
    for (WebElement link : card.findElements(By.cssSelector("a.website, a.map"))) {
      assertThat(link.getAttribute("href")).startsWith("http");
      assertThat(link.getAttribute("target")).isEqualTo("_blank");
      assertThat(link.getAttribute("rel")).contains("noopener");
    }
    String direction = (String) ((JavascriptExecutor) browser).executeScript(
        "return getComputedStyle(document.getElementById('messages')).direction");
    assertThat(direction).isEqualTo(dir);
    if (lang.equals("ar")) {
      assertThat(conversationText()).containsPattern("\\p{IsArabic}");
    }
    // Card headings follow the page's direction (a Latin name in an Arabic card sits on the
    // right), the name itself isolated in its own reading order.
    assertThat((String) ((JavascriptExecutor) browser).executeScript(
        "return getComputedStyle(arguments[0]).direction",
        card.findElement(By.cssSelector(".actor-name")))).isEqualTo(dir);
    assertThat(card.findElements(By.cssSelector(".actor-name > bdi"))).hasSize(1);
    screenshot("chat-" + lang);
  }

  @Test
  void tapsAQuickReplyAndCallsAnActorByPhone() {
    browser.get(url("/?lang=en"));
    WebElement housing = waiting().until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("button.quick-reply[data-payload='topic:emergency']")));
    int before = botMessages();
    housing.click();
    waiting().until(d -> botMessages() > before);
    waiting().until(d -> !d.findElements(By.cssSelector("#messages .msg.bot")).isEmpty());
    assertThat(conversationText()).contains("112");
    ask("I live in Hasselt");
    List<WebElement> calls = waiting().until(ExpectedConditions
        .presenceOfAllElementsLocatedBy(By.cssSelector("#messages .actor-card a.call")));
    assertThat(calls.get(0).getAttribute("href")).matches("tel:\\+?[0-9]+");
  }

  @Test
  void forgetsTheConversationFromTheButtonOfferedAfterForgetMe() {
    browser.get(url("/?lang=en"));
    ask("I live in Hasselt");
    String before = (String) ((JavascriptExecutor) browser).executeScript(
        "return localStorage.getItem('dalil.conversationId');");
    ask("please forget me");
    WebElement forget = waiting().until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("button.quick-reply[data-payload='forget']")));
    forget.click();
    waiting().until(ExpectedConditions.alertIsPresent()).accept();
    waiting().until(d -> !conversationText().contains("Hasselt"));
    String after = (String) ((JavascriptExecutor) browser).executeScript(
        "return localStorage.getItem('dalil.conversationId');");
    assertThat(after).isNotEqualTo(before);
    assertThat(conversations.load(new ConversationId(before))).isEmpty();
  }

  @Test
  void showsTheOwnTownHallFirstAndEmergencyNumbersToCall() {
    browser.get(url("/?lang=fr"));
    ask("comment m'inscrire à la commune à Schaerbeek");
    List<WebElement> cards = waiting().until(ExpectedConditions
        .presenceOfAllElementsLocatedBy(By.cssSelector("#messages .actor-card")));
    assertThat(cards.get(0).findElement(By.cssSelector(".actor-name")).getText())
        .startsWith("Commune de Schaerbeek");
    assertThat(cards.get(0).findElements(By.cssSelector("a.call, a.website"))).isNotEmpty();
    ask("au secours il y a un incendie chez moi");
    List<WebElement> numbers = waiting().until(ExpectedConditions
        .presenceOfAllElementsLocatedBy(By.cssSelector("#messages .msg.bot a.tel")));
    assertThat(numbers).extracting(a -> a.getAttribute("href")).contains("tel:112");
  }

  @Test
  void turnsArabicAndRightToLeftWhenTheReplyIsArabic() {
    browser.get(url("/?lang=en"));
    waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    ask("أين يمكنني تعلم الهولندية في سكاربيك؟");
    waiting().until(d -> "ar".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(new Select(browser.findElement(By.id("lang"))).getFirstSelectedOption()
        .getAttribute("value")).isEqualTo("ar");
    List<WebElement> mine = browser.findElements(By.cssSelector("#messages .msg.user .msg-text"));
    assertThat(mine.get(mine.size() - 1).getAttribute("lang")).isEqualTo("ar");
  }

  @Test
  void listsTheExactMunicipalityFirstInTheCounsellorPicker() {
    browser.get(url("/counsellor"));
    WebElement place = waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.id("c-place")));
    waiting().until(d -> !d.findElements(By.cssSelector("#c-places option")).isEmpty());
    place.sendKeys("Gent");
    String first = (String) ((JavascriptExecutor) browser).executeScript(
        "return document.querySelector('#c-places option').value");
    assertThat(first).startsWith("Ghent");
  }

  /** Topic, then place, then another topic, then another place. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en|how do i register at the town hall|I live in Schaerbeek|and where can I find a doctor|and in Ghent?|Gent",
      "fr|comment m'inscrire à la commune|j'habite à Schaerbeek|je cherche un médecin généraliste|et à Gand ?|Gand",
      "nl|hoe schrijf ik me in bij de gemeente|ik woon in Schaarbeek|ik zoek een huisarts|en in Gent?|Gent",
      "ar|كيف أسجل في البلدية|أسكن في سكاربيك|أبحث عن طبيب عام|وفي غنت؟|غنت",
  })
  void followsAConversationAcrossTopicsAndPlaces(String lang, String topic1, String place1,
      String topic2, String place2, String placeName) {
    browser.get(url("/?lang=" + lang));
    waiting().until(d -> lang.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    ask(topic1);
    assertThat(browser.findElements(By.cssSelector("#messages .actor-card"))).isEmpty();
    ask(place1);
    int cardsAfterPlace = browser.findElements(By.cssSelector("#messages .actor-card")).size();
    assertThat(cardsAfterPlace).isPositive();
    ask(topic2);
    int cardsAfterTopic = browser.findElements(By.cssSelector("#messages .actor-card")).size();
    assertThat(cardsAfterTopic).isGreaterThan(cardsAfterPlace);
    ask(place2);
    List<WebElement> bubbles = browser.findElements(By.cssSelector("#messages .msg.bot"));
    assertThat(bubbles.get(bubbles.size() - 1).getText() + conversationText()).contains(placeName);
  }

  @Test
  void sharesTheBrowsersLocation() {
    browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", url(""),
        "permissions", List.of("geolocation")));
    browser.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", 51.2194,
        "longitude", 4.4025, "accuracy", 50));
    browser.get(url("/?lang=nl"));
    ask("ik zoek een cursus Nederlands");
    int before = botMessages();
    waiting().until(ExpectedConditions.elementToBeClickable(By.id("share-location"))).click();
    waiting().until(d -> botMessages() > before);
    waiting().until(d -> conversationText().contains("Antwerpen"));
    assertThat(browser.findElements(By.cssSelector("#messages .actor-card"))).isNotEmpty();
  }

  /** Sets the input as typing would (ChromeDriver cannot type characters outside the BMP). */
  private void typeInto(WebElement input, String text) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, text);
  }

  @Test
  void saysHowMuchRoomIsLeftAndNeverCutsALongMessage() {
    browser.get(url("/?lang=en"));
    WebElement input = browser.findElement(By.id("input"));
    WebElement room = browser.findElement(By.id("room"));
    input.sendKeys("hello");
    assertThat(room.isDisplayed()).isFalse();

    // Characters as people count them: 1,890 letters and 60 emoji are 1,950 (2,010 UTF-16 units).
    typeInto(input, "a".repeat(1890) + "\uD83D\uDE42".repeat(60));
    assertThat(room.isDisplayed()).isTrue();
    assertThat(room.getText()).isEqualTo("Characters left: 50");

    typeInto(input, "c".repeat(2001));
    assertThat(room.getText()).startsWith("Too many characters: 1.");
    assertThat(room.getAttribute("class")).contains("over");
    int sent = browser.findElements(By.cssSelector("#messages .msg.user")).size();
    input.sendKeys(Keys.ENTER);
    // Not sent, and not cut: the whole text is still there to shorten.
    assertThat(browser.findElements(By.cssSelector("#messages .msg.user"))).hasSize(sent);
    assertThat(input.getAttribute("value")).hasSize(2001);

    // Exactly at the limit (with emoji), it goes through and is answered.
    typeInto(input, "where can I learn Dutch ".repeat(80) + "\uD83D\uDE42".repeat(80));
    assertThat(room.getText()).isEqualTo("Characters left: 0");
    int before = botMessages();
    input.sendKeys(Keys.ENTER);
    waiting().until(d -> botMessages() > before);
    assertThat(browser.findElements(By.cssSelector("#messages .msg.notice"))).isEmpty();
    assertThat(room.isDisplayed()).isFalse();
  }

  @Test
  void putsTheFocusOnTheReplyAfterAQuickReplyAndRetiresUsedOnes() {
    browser.get(url("/?lang=en"));
    waiting().until(d -> !d.findElements(By.cssSelector("#welcome-topics .quick-reply"))
        .isEmpty());
    assertThat(browser.findElements(By.cssSelector("#welcome-topics .quick-reply")).get(0)
        .getAttribute("data-payload")).isEqualTo("topic:emergency");

    ask("where can I learn Dutch?");
    // A question back (where?) after typing: the cursor stays where the answer is typed.
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("input");
    ask("Gent");
    for (int turn = 0; turn < 4; turn++) {
      List<WebElement> offered = browser.findElements(By.cssSelector("#messages .quick-reply"));
      // An answer without quick replies: a topic of the welcome menu, also a quick reply.
      WebElement chosen = offered.isEmpty() ? browser.findElements(
          By.cssSelector("#welcome-topics .quick-reply")).get(1 + turn) : offered.get(0);
      int before = botMessages();
      chosen.sendKeys(Keys.ENTER);
      waiting().until(d -> botMessages() > before);
      waiting().until(d -> !"true".equals(d.findElement(By.id("messages"))
          .getAttribute("aria-busy")));
      // The focus is at the start of the new reply, visible on screen, not on a vanished button.
      WebElement focused = browser.switchTo().activeElement();
      assertThat(focused.getAttribute("tabindex")).isEqualTo("-1");
      assertThat(focused.findElements(By.xpath("ancestor::*[@id='messages']"))).isNotEmpty();
      assertThat(focused.isDisplayed()).isTrue();
      // Only the newest answer keeps its quick replies.
      assertThat(browser.findElements(By.cssSelector("#messages .quick-replies")))
          .hasSizeLessThanOrEqualTo(1);
    }
    // The first card's website is a few Tab presses away from the reply's start.
    List<WebElement> websites = browser.findElements(By.cssSelector("#messages .actor-card"
        + " a.website"));
    if (!websites.isEmpty()) {
      WebElement target = websites.get(websites.size() - 1);
      boolean reached = false;
      for (int presses = 0; presses < 12 && !reached; presses++) {
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        reached = browser.switchTo().activeElement().equals(target)
            || browser.switchTo().activeElement().getAttribute("class").contains("website");
      }
      assertThat(reached).isTrue();
    }
  }

  private void assertAccessible(String state) {
    Browsers.assertAccessible(browser, state);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "ar|أين يمكنني تعلم الهولندية في غنت؟",
      "en|Where can I learn Dutch in Ghent?",
      "fr|Où apprendre le néerlandais à Gand ?",
      "nl|Waar kan ik Nederlands leren in Gent?",
  })
  void hasNoAccessibilityViolationsInAnyStateOfEitherPage(String lang, String question) {
    // The checker finds what it should: an image without a text alternative.
    browser.get("data:text/html,<html lang=en><title>t</title><main><img src=x.png></main></html>");
    assertThat(new com.deque.html.axecore.selenium.AxeBuilder().analyze(browser).getViolations())
        .extracting(v -> v.getId()).contains("image-alt");

    browser.get(url("/?lang=" + lang));
    waiting().until(d -> !d.findElements(By.cssSelector("#welcome-topics .quick-reply"))
        .isEmpty());
    assertAccessible(lang + " welcome");
    ask(question);
    waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#messages .actor-card")));
    assertAccessible(lang + " answer with cards");
    WebElement input = browser.findElement(By.id("input"));
    typeInto(input, "a".repeat(1950));
    assertAccessible(lang + " room left shown");
    typeInto(input, "a".repeat(2050));
    assertAccessible(lang + " message too long");

    browser.get(url("/counsellor?lang=" + lang));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("c-lang")));
    assertAccessible(lang + " counsellor form");
    WebElement place = browser.findElement(By.id("c-place"));
    place.clear();
    place.sendKeys("Nowhereville");
    browser.findElement(By.id("c-create")).click();
    assertAccessible(lang + " counsellor unknown place");
    place.clear();
    place.sendKeys("Gent");
    browser.findElement(By.id("c-create")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("c-qr-web")));
    assertAccessible(lang + " counsellor link created");
  }

  @Test
  void announcesAShortSummaryAndKeepsTheStatusLineInThePage() {
    browser.get(url("/?lang=en"));
    WebElement status = browser.findElement(By.id("status"));
    // The live status exists from the start (not shown and filled in one step).
    assertThat(status.getAttribute("role")).isEqualTo("status");
    assertThat(status.getAttribute("hidden")).isNull();
    ask("where can I learn Dutch in Gent?");
    assertThat(browser.findElement(By.id("status")).getAttribute("hidden")).isNull();
    WebElement block = browser.findElements(By.cssSelector("#messages .actors-block")).get(0);
    int cards = block.findElements(By.cssSelector(".actor-card")).size();
    // One line is read out; the cards are out of the live announcement, reached by headings.
    assertThat(block.findElement(By.cssSelector(".visually-hidden")).getAttribute("textContent"))
        .isEqualTo("Organisations found: " + cards + ". They are listed below.");
    assertThat(block.findElement(By.cssSelector(".actors")).getAttribute("aria-live"))
        .isEqualTo("off");
    assertThat(block.findElements(By.cssSelector(".actor-card h2"))).hasSize(cards);
  }

  @Test
  void marksAnUnknownMunicipalityOnTheCounsellorFormAndSaysWhenALinkIsCleared() {
    browser.get(url("/counsellor?lang=en"));
    WebElement place = waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.id("c-place")));
    place.sendKeys("Nowhereville");
    browser.findElement(By.id("c-create")).click();
    waiting().until(d -> "true".equals(place.getAttribute("aria-invalid")));
    assertThat(place.getAttribute("aria-describedby")).contains("c-error");
    assertThat(browser.findElement(By.id("c-error")).getText()).isNotBlank();
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("c-place");

    place.clear();
    place.sendKeys("Gent");
    assertThat(place.getAttribute("aria-invalid")).isNull();
    browser.findElement(By.id("c-create")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("c-qr-web")));
    new Select(browser.findElement(By.id("c-topic"))).selectByValue("housing");
    assertThat(browser.findElement(By.id("c-result")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("c-cleared")).getText())
        .contains("the link was removed");
  }

  @Test
  void leavesRoomToReadAt400PercentZoom() {
    // 1280 x 1024 at 400 %: a 320 x 256 CSS-pixel viewport.
    org.openqa.selenium.Dimension before = browser.manage().window().getSize();
    try {
      browser.get(url("/?lang=en"));
      JavascriptExecutor size = (JavascriptExecutor) browser;
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(320, 256));
      // The window includes the browser's own bars: grow it until the page itself is 320 x 256.
      long extraWidth = 320 - ((Number) size.executeScript("return window.innerWidth"))
          .longValue();
      long extraHeight = 256 - ((Number) size.executeScript("return window.innerHeight"))
          .longValue();
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(
          (int) (320 + extraWidth), (int) (256 + extraHeight)));
      browser.get(url("/?lang=en"));
      ask("where can I learn Dutch in Gent?");
      JavascriptExecutor js = (JavascriptExecutor) browser;
      js.executeScript("window.scrollTo(0, document.documentElement.scrollHeight)");
      long viewport = ((Number) js.executeScript("return window.innerHeight")).longValue();
      long bar = ((Number) js.executeScript("return document.querySelector('.composer-bar')"
          + ".getBoundingClientRect().height")).longValue();
      long headerBottom = ((Number) js.executeScript("return document.querySelector('header.top')"
          + ".getBoundingClientRect().bottom")).longValue();
      // The header has scrolled away; the message bar leaves most of the screen to the reply.
      assertThat(headerBottom).isLessThanOrEqualTo(0);
      assertThat(viewport).isBetween(240L, 270L);
      assertThat(viewport - bar).as("room to read of " + viewport).isGreaterThanOrEqualTo(
          viewport / 2);
      // And every control keeps a visible label: the message box, the language, the location.
      assertThat(browser.findElement(By.cssSelector("label[for=input]")).isDisplayed()).isTrue();
      js.executeScript("window.scrollTo(0, 0)");
      assertThat(browser.findElement(By.cssSelector("label[for=lang]")).isDisplayed()).isTrue();
    } finally {
      browser.manage().window().setSize(before);
    }
  }

  /**
   * The path: a keyboard-only user picks Arabic, asks about learning Dutch, gives a place
   * and reaches the first card's website within 5 Tab presses of the reply, the focus visible at
   * every step.
   */
  @Test
  void takesAKeyboardUserFromTheLanguageToTheFirstWebsiteInFiveTabs() {
    browser.get(url("/?lang=en"));
    waiting().until(d -> !d.findElements(By.cssSelector("#welcome-topics .quick-reply"))
        .isEmpty());
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    focused().sendKeys(Keys.TAB);
    assertThat(focused().getAttribute("id")).isEqualTo("lang");
    assertFocusVisible();
    focused().sendKeys(Keys.HOME); // العربية is the first language
    waiting().until(d -> "ar".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    focused().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
    assertThat(focused().getAttribute("class")).contains("skip-link");
    focused().sendKeys(Keys.ENTER);
    assertThat(focused().getAttribute("id")).isEqualTo("input");

    typeAndSend("أريد أن أتعلم اللغة الهولندية");
    assertThat(focused().getAttribute("id")).as("the place is typed next").isEqualTo("input");
    typeAndSend("غنت");

    assertThat(focused().findElements(By.xpath("ancestor::*[@id='messages']"))).isNotEmpty();
    assertFocusVisible();
    List<WebElement> cards = browser.findElements(By.cssSelector("#messages .actor-card"));
    assertThat(cards).isNotEmpty();
    WebElement website = cards.get(0).findElement(By.cssSelector("a.website"));
    int presses = 0;
    while (!focused().equals(website) && presses < 5) {
      focused().sendKeys(Keys.TAB);
      presses++;
      assertFocusVisible();
    }
    assertThat(focused()).as("after %d Tab presses", presses).isEqualTo(website);
  }

  private WebElement focused() {
    return browser.switchTo().activeElement();
  }

  private void typeAndSend(String text) {
    int before = botMessages();
    focused().sendKeys(text);
    focused().sendKeys(Keys.ENTER);
    waiting().until(d -> botMessages() > before);
    waiting().until(d -> !"true".equals(d.findElement(By.id("messages"))
        .getAttribute("aria-busy")));
  }

  /** The focused element shows the focus ring and lies on screen. */
  private void assertFocusVisible() {
    Boolean visible = (Boolean) ((JavascriptExecutor) browser).executeScript(
        "const el = document.activeElement;"
        + "const box = el.getBoundingClientRect();"
        + "const onScreen = box.bottom > 0 && box.top < window.innerHeight && box.height > 0;"
        + "return el.matches(':focus-visible') && onScreen"
        + "  && getComputedStyle(el).outlineStyle !== 'none';");
    assertThat(visible).as("focus visible on " + focused().getTagName() + "."
        + focused().getAttribute("class")).isTrue();
  }

  @Test
  void isUsableWithTheKeyboardAlone() {
    browser.get(url("/?lang=en"));
    WebElement body = browser.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    WebElement skip = browser.switchTo().activeElement();
    assertThat(skip.getAttribute("class")).contains("skip-link");
    skip.sendKeys(Keys.ENTER);
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("input");
    WebElement log = browser.findElement(By.id("messages"));
    assertThat(log.getAttribute("role")).isEqualTo("log");
    assertThat(log.getAttribute("aria-live")).isEqualTo("polite");
  }

  @Test
  void opensACounsellorLinkInItsLanguagePlaceAndTopic() throws IOException {
    browser.get(url("/counsellor"));
    new Select(waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("c-lang"))))
        .selectByValue("ar");
    WebElement place = browser.findElement(By.id("c-place"));
    place.clear();
    place.sendKeys("Gent");
    Select topic = new Select(browser.findElement(By.id("c-topic")));
    waiting().until(d -> topic.getOptions().size() > 5);
    topic.selectByValue("learn_dutch");
    browser.findElement(By.id("c-create")).click();
    WebElement qr = waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.id("c-qr-web")));
    waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return arguments[0].complete && arguments[0].naturalWidth > 100", qr)));
    WebElement web = browser.findElement(By.id("c-web-link"));
    String link = web.getAttribute("href") != null ? web.getAttribute("href")
        : web.getAttribute("value");
    assertThat(link).contains("/?start=ar-learn_dutch-gent");
    assertThat(browser.findElement(By.id("c-telegram-link")).getText()
        + browser.findElement(By.id("c-telegram-link")).getAttribute("href")
        + browser.findElement(By.id("c-telegram-link")).getAttribute("value"))
        .contains("https://t.me/dalil_test_bot?start=ar-learn_dutch-gent");
    screenshot("counsellor");

    browser.get(link);
    waiting().until(d -> "ar".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#messages .actor-card")));
    assertThat(conversationText()).contains("غنت").containsPattern("\\p{IsArabic}");
    assertThat(browser.getCurrentUrl()).doesNotContain("start=");
  }

  @Test
  void fitsAPhoneAndADesktop() throws IOException {
    browser.manage().window().setSize(new Dimension(1280, 800));
    browser.get(url("/?lang=fr"));
    ask("je cherche un logement à Ixelles");
    screenshot("chat-fr-desktop");
    Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(overflow).isLessThanOrEqualTo(0L);
    browser.manage().window().setSize(new Dimension(360, 740));
    overflow = (Long) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(overflow).isLessThanOrEqualTo(0L);
    browser.manage().window().setSize(new Dimension(412, 915));
  }
}
