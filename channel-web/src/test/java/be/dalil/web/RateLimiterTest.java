package be.dalil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T10:00:00Z");

    void advanceMillis(long millis) {
      now = now.plusMillis(millis);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void letsABurstThroughThenSaysHowLongToWait() {
    HandClock clock = new HandClock();
    RateLimiter limiter = new RateLimiter(6, clock); // one token every 10 s

    for (int i = 0; i < 6; i++) {
      assertThat(limiter.acquire("client")).isZero();
    }
    assertThat(limiter.acquire("client")).isEqualTo(10);
    clock.advanceMillis(7_500);
    assertThat(limiter.acquire("client")).isEqualTo(3);
    clock.advanceMillis(2_500);
    assertThat(limiter.acquire("client")).isZero();
  }

  @Test
  void neverAsksToWaitLessThanOneSecond() {
    HandClock clock = new HandClock();
    RateLimiter limiter = new RateLimiter(6000, clock); // one token every 10 ms

    for (int i = 0; i < 6000; i++) {
      limiter.acquire("client");
    }
    assertThat(limiter.acquire("client")).isEqualTo(1);
  }

  @Test
  void keepsKeysApart() {
    RateLimiter limiter = new RateLimiter(1, new HandClock());

    assertThat(limiter.acquire("a")).isZero();
    assertThat(limiter.acquire("b")).isZero();
    assertThat(limiter.acquire("a")).isPositive();
  }
}
