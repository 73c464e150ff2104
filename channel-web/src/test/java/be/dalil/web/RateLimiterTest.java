package be.dalil.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.dalil.knowledge.HandClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  @Test
  void letsABurstThroughThenSaysHowLongToWait() {
    HandClock clock = new HandClock(Instant.parse("2026-12-01T10:00:00Z"));
    RateLimiter limiter = new RateLimiter(6, clock); // one token every 10 s

    for (int i = 0; i < 6; i++) {
      assertThat(limiter.acquire("client")).isZero();
    }
    assertThat(limiter.acquire("client")).isEqualTo(10);
    clock.advance(Duration.ofMillis(7_500));
    assertThat(limiter.acquire("client")).isEqualTo(3);
    clock.advance(Duration.ofMillis(2_500));
    assertThat(limiter.acquire("client")).isZero();
  }

  @Test
  void neverAsksToWaitLessThanOneSecond() {
    HandClock clock = new HandClock(Instant.parse("2026-12-01T10:00:00Z"));
    RateLimiter limiter = new RateLimiter(6000, clock); // one token every 10 ms

    for (int i = 0; i < 6000; i++) {
      limiter.acquire("client");
    }
    assertThat(limiter.acquire("client")).isEqualTo(1);
  }

  @Test
  void keepsKeysApart() {
    RateLimiter limiter = new RateLimiter(1, new HandClock(Instant.parse("2026-12-01T10:00:00Z")));

    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("b")).isZero();
    assertThat(limiter.acquire("a")).isPositive();
  }
}
