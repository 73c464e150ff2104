package be.dalil.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The admin bearer token of imports and metrics; without one configured, nobody is admitted. */
final class AdminToken {

  private final byte[] token;

  AdminToken(WebProperties properties) {
    this.token = properties.adminToken().getBytes(StandardCharsets.UTF_8);
  }

  boolean configured() {
    return token.length > 0;
  }

  /** Whether an {@code Authorization} header (may be null) carries the token. */
  boolean admits(String authorization) {
    String given = authorization != null && authorization.startsWith("Bearer ")
        ? authorization.substring("Bearer ".length()) : "";
    // Constant-time comparison: the token must not leak through timing.
    return configured() && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
  }
}
