package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.testidp.TestIdentityProvider;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Editors sign in through a real OpenID Connect provider (Spring Authorization Server, in this
 * JVM) in a real browser: a listed person gets in with the role configured for them, anyone else
 * is refused whatever the provider says. The provider runs on 127.0.0.1 and Dalil on localhost,
 * two sites, as in production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class OidcSignInIT {

  private static final int PORT = freePort();
  private static ConfigurableApplicationContext provider;
  private static ChromeDriver browser;

  @RegisterExtension
  static final Browsers.PerClass CHROMIUM = new Browsers.PerClass(started -> browser = started);

  @TempDir
  static Path data;

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int providerPort() {
    if (provider == null) {
      String client = "spring.security.oauth2.authorizationserver.client.dalil.";
      provider = new SpringApplicationBuilder(TestIdentityProvider.class).properties(
          "server.port=0", "spring.main.banner-mode=off",
          "management.endpoints.web.exposure.exclude=*",
          client + "registration.client-id=dalil",
          client + "registration.client-secret={noop}dalil-secret",
          client + "registration.client-authentication-methods=client_secret_basic",
          client + "registration.authorization-grant-types=authorization_code",
          client + "registration.redirect-uris=http://localhost:" + PORT
              + "/editor/oauth2/code/idp",
          client + "registration.scopes=openid,profile",
          client + "require-authorization-consent=false").run();
    }
    return ((WebServerApplicationContext) provider).getWebServer().getPort();
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    TestApp.embedded(registry, data);
    registry.add("server.port", () -> PORT);
    String registration = "spring.security.oauth2.client.registration.idp.";
    registry.add(registration + "client-id", () -> "dalil");
    registry.add(registration + "client-secret", () -> "dalil-secret");
    registry.add(registration + "client-name", () -> "Test identity provider");
    registry.add(registration + "scope", () -> "openid,profile");
    registry.add(registration + "authorization-grant-type", () -> "authorization_code");
    registry.add(registration + "redirect-uri",
        () -> "{baseUrl}/editor/oauth2/code/{registrationId}");
    registry.add("spring.security.oauth2.client.provider.idp.issuer-uri",
        () -> "http://127.0.0.1:" + providerPort());
    registry.add("dalil.editor.oidc-accounts", () -> "eva.oidc:editor");
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) {
      provider.close();
    }
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  /** From Dalil's sign-in page through the provider's, back to Dalil. */
  private void signInThroughTheProvider(String name, String password) {
    // A fresh start on both sites: no session at the provider, none at Dalil.
    browser.get("http://127.0.0.1:" + providerPort() + "/login");
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + PORT + "/editor/login.html");
    browser.manage().deleteAllCookies();
    browser.navigate().refresh();
    WebElement start = waiting().until(d -> d.findElements(By.cssSelector("#providers a"))
        .stream().findFirst().orElse(null));
    assertThat(start.getText()).isEqualTo("Sign in with Test identity provider");
    start.click();
    waiting().until(d -> d.getCurrentUrl().startsWith("http://127.0.0.1:"));
    waiting().until(d -> d.findElement(By.id("username"))).sendKeys(name);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
  }

  @Test
  void letsAListedEditorInThroughTheProvider() {
    signInThroughTheProvider("eva.oidc", "eva-password");
    waiting().until(d -> d.getCurrentUrl().equals("http://localhost:" + PORT + "/editor/"));
    WebElement who = waiting().until(d -> {
      WebElement element = d.findElement(By.id("who"));
      return element.getText().isEmpty() ? null : element;
    });
    assertThat(who.getText()).isEqualTo("eva.oidc");
    waiting().until(d -> !d.findElement(By.id("proposals-status")).getText().isEmpty());
  }

  @Test
  void refusesSomeoneTheProviderKnowsButDalilDoesNotList() {
    signInThroughTheProvider("mallory", "mallory-password");
    waiting().until(d -> d.getCurrentUrl().startsWith("http://localhost:" + PORT
        + "/editor/login.html?error"));
    browser.get("http://localhost:" + PORT + "/editor/");
    waiting().until(d -> d.getCurrentUrl().endsWith("/editor/login.html"));
  }
}
