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

  /**
   * Takes a token: 0 when one was taken, else the whole seconds until the key has one again
   * (at least 1), for a {@code Retry-After} header.
   */
  long acquire(String key) {
    Bucket bucket = buckets.get(key, k -> new Bucket(capacity, clock.millis()));
    synchronized (bucket) {
      long now = clock.millis();
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * refillPerMilli);
      bucket.updated = now;
      if (bucket.tokens < 1) {
        return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / refillPerMilli / 1000));
      }
      bucket.tokens -= 1;
      return 0;
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
