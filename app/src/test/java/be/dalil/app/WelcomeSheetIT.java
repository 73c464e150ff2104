package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A counsellor prints a municipality's welcome sheet: Chromium prints it to PDF and the PDF's text
 * (poppler's {@code pdftotext}) holds the newcomer's language and the local desks' language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WelcomeSheetIT {

  private static ChromeDriver browser;

  @RegisterExtension
  static final Browsers.PerClass CHROMIUM = new Browsers.PerClass(started -> browser = started);

  @TempDir
  static Path data;

  @TempDir
  Path pdfs;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestApp.embedded(registry, data);
  }

  @LocalServerPort
  int port;

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  /** Opens the sheet, waits for its QR codes, prints it to A4 and returns the PDF's text. */
  private String printed(String path) throws IOException, InterruptedException {
    browser.get("http://localhost:" + port + path);
    List<WebElement> codes = browser.findElements(By.cssSelector(".qr img"));
    assertThat(codes).hasSizeGreaterThanOrEqualTo(5);
    waiting().until(d -> codes.stream().allMatch(img -> Boolean.TRUE.equals(
        ((JavascriptExecutor) d).executeScript(
            "return arguments[0].complete && arguments[0].naturalWidth > 100", img))));
    Browsers.assertAccessible(browser, path);
    PrintOptions options = new PrintOptions();
    options.setPageSize(new PageSize(29.7, 21.0)); // A4, as the sheet's @page asks
    options.setBackground(true);
    Path pdf = pdfs.resolve("sheet.pdf");
    Files.write(pdf, Base64.getDecoder().decode(browser.print(options).getContent()));
    // One A4 sheet.
    Process info = new ProcessBuilder("pdfinfo", pdf.toString()).redirectErrorStream(true).start();
    String pdfInfo = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(info.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(pdfInfo).containsPattern("Pages:\\s+1\\n").containsPattern("\\(A4\\)");
    Path text = pdfs.resolve("sheet.txt");
    Process pdftotext = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(),
        text.toString()).redirectErrorStream(true).start();
    assertThat(pdftotext.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(pdftotext.exitValue()).isZero();
    return Files.readString(text, StandardCharsets.UTF_8);
  }

  @Test
  void printsTheSchaerbeekSheetInArabicBesideFrenchAndDutch() throws Exception {
    String text = printed("/counsellor/sheet?place=schaerbeek&lang=ar");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    // The newcomer's language, and the two languages of the Brussels desks.
    assertThat(text).containsPattern("\\p{IsArabic}{3,}");
    assertThat(text).contains("Bienvenue à Schaerbeek").contains("Welkom in Schaarbeek");
    assertThat(text).contains("inscrire à la commune").contains("Mutualité");
    assertThat(browser.findElement(By.cssSelector(".step h2")).getText())
        .contains("التسجيل");
    // Each step opens the chat on its topic and place, in Arabic.
    assertThat(browser.findElements(By.cssSelector(".qr img")).get(0).getAttribute("src"))
        .contains("code=ar-register_municipality-schaerbeek");
  }

  @Test
  void printsTheGhentSheetInDutchWithTheNearestOfficesAndTheIntegrationPath() throws Exception {
    String text = printed("/counsellor/sheet?place=gent&lang=nl");
    assertThat(text).contains("Welkom in Gent").contains("Inburgering")
        .contains("Nederlands leren");
    assertThat(text).doesNotContain("Bienvenue");
    assertThat(browser.findElements(By.cssSelector(".step"))).hasSize(5);
    assertThat(browser.findElements(By.cssSelector(".nearest .org"))).hasSize(5);
    assertThat(browser.findElement(By.cssSelector(".step .org")).getText()).containsIgnoringCase(
        "gent");
  }

  @Test
  void opensTheSheetFromTheCounsellorPageAndLabelsEachCode() {
    browser.get("http://localhost:" + port + "/counsellor");
    new Select(waiting().until(d -> d.findElement(By.id("c-lang")))).selectByValue("ar");
    browser.findElement(By.id("c-place")).sendKeys("Schaerbeek");
    Select topic = new Select(browser.findElement(By.id("c-topic")));
    waiting().until(d -> topic.getOptions().size() > 5);
    topic.selectByValue("health_insurance");
    browser.findElement(By.id("c-create")).click();
    WebElement sheet = waiting().until(d -> {
      WebElement link = d.findElement(By.id("c-sheet"));
      return link.isDisplayed() ? link : null;
    });
    assertThat(sheet.getAttribute("href")).endsWith("/counsellor/sheet?place=schaerbeek&lang=ar");
    assertThat(browser.findElement(By.cssSelector(".code-label")).getText())
        .contains("العربية").contains("Schaerbeek").contains(topic.getFirstSelectedOption()
            .getText());
  }
}
