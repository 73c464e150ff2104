package be.dalil.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;

/**
 * A token bucket per key (a conversation or a client address): {@code perMinute} tokens, refilled
 * continuously. Buckets of idle keys are dropped after a few minutes.
 */
final class RateLimiter {

  private final Cache<String, Bucket> buckets;
  private final double capacity;
  private final double refillPerMilli;
  private final Clock clock;

  RateLimiter(int perMinute, Clock clock) {
    this.capacity = perMinute;
    this.refillPerMilli = perMinute / 60_000.0;
    this.clock = clock;
    this.buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(5))
        .maximumSize(100_000).build();
  }

  /** Takes a token; false when the key has none left. */
  boolean tryAcquire(String key) {
    Bucket bucket = buckets.get(key, k -> new Bucket(capacity, clock.millis()));
    synchronized (bucket) {
      long now = clock.millis();
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * refillPerMilli);
      bucket.updated = now;
      if (bucket.tokens < 1) {
        return false;
      }
      bucket.tokens -= 1;
      return true;
    }
  }

  private static final class Bucket {
    double tokens;
    long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }
}
