package be.dalil.app;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The real headless Chromium the browser tests drive, and the accessibility check they share. */
final class Browsers {

  private Browsers() {}

  static ChromeDriver headlessChromium() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    // The flags a closed network needs: no background calls home, no sandbox as root in CI.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic",
        "--window-size=412,915", "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary",
            "/usr/bin/chromedriver")).toFile())
        .usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  /** axe-core (WCAG 2.1 A and AA rules) on the page as it is now: no violation. */
  static void assertAccessible(WebDriver browser, String state) {
    Results results = new AxeBuilder()
        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
        .analyze(browser);
    org.assertj.core.api.Assertions.assertThat(results.getViolations()).as(state + ": "
        + results.getViolations().stream().map(v -> v.getId() + " " + v.getNodes().stream()
            .map(n -> String.valueOf(n.getTarget())).toList()).toList()).isEmpty();
  }

  /**
   * One Chromium for a test class, started before its first test and quit after its last:
   * {@code @RegisterExtension static final Browsers.PerClass CHROMIUM = new Browsers.PerClass(d ->
   * browser = d);}
   */
  static final class PerClass implements BeforeAllCallback, AfterAllCallback {
    private final Consumer<ChromeDriver> started;
    private ChromeDriver driver;

    PerClass(Consumer<ChromeDriver> started) {
      this.started = started;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
      driver = headlessChromium();
      started.accept(driver);
    }

    @Override
    public void afterAll(ExtensionContext context) {
      if (driver != null) {
        driver.quit();
      }
    }
  }
}
