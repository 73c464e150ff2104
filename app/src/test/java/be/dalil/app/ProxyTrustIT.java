package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Per-client rate limits behind a reverse proxy: X-Forwarded-For is believed only from the
 * configured proxies (here the test itself, on 127.0.0.1), and ignored from anyone else.
 */
class ProxyTrustIT {

  @TempDir
  static Path data;

  static final int ALLOWANCE = 5;

  static ApiClient.Response topics(int port, String forwardedFor) {
    return new ApiClient(port).getWithHeader("/api/v1/topics?lang=en", "X-Forwarded-For",
        forwardedFor);
  }

  /** Spends one client's allowance; answers what the next request gets. */
  static int exhaust(int port, String forwardedFor) {
    for (int i = 0; i < ALLOWANCE; i++) {
      assertThat(topics(port, forwardedFor).status()).isEqualTo(200);
    }
    ApiClient.Response limited = topics(port, forwardedFor);
    ApiClient.assertError(limited, 429, "rate_limited");
    return limited.status();
  }

  static void common(DynamicPropertyRegistry registry, String name) {
    TestApp.embedded(registry, data.resolve(name));
    registry.add("dalil.web.requests-per-minute-per-client", () -> ALLOWANCE);
  }

  @Nested
  @SpringBootTest(classes = DalilApplication.class,
      webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
  class BehindATrustedProxy {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
      common(registry, "trusted");
      registry.add("dalil.web.trusted-proxies", () -> "127.0.0.1,::1");
    }

    @LocalServerPort
    int port;

    @Test
    void limitsEachForwardedClientOnItsOwn() {
      exhaust(port, "203.0.113.7");
      // Another user behind the same proxy still gets answers.
      assertThat(topics(port, "203.0.113.8").status()).isEqualTo(200);
      // A client cannot escape its limit by prepending an address of its choice: the proxy
      // appends the real one, and that is the one used.
      ApiClient.assertError(topics(port, "198.51.100.1, 203.0.113.7"), 429, "rate_limited");
    }
  }

  @Nested
  @SpringBootTest(classes = DalilApplication.class,
      webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
  class WithoutATrustedProxy {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
      common(registry, "untrusted");
      registry.add("dalil.web.trusted-proxies", () -> "192.0.2.1");
    }

    @LocalServerPort
    int port;

    @Test
    void ignoresForwardedHeadersFromAnyoneElse() {
      exhaust(port, "203.0.113.7");
      // A made-up X-Forwarded-For does not buy a fresh allowance.
      ApiClient.assertError(topics(port, "203.0.113.8"), 429, "rate_limited");
    }
  }
}
