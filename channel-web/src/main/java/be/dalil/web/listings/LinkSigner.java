package be.dalil.web.listings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the links sent by e-mail (confirm a proposal): a subject and an expiry under an HMAC, so
 * that a link cannot be made up or changed and stops working when it expires. Nothing is stored
 * for it.
 */
final class LinkSigner {

  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private final byte[] key;
  private final Clock clock;

  LinkSigner(byte[] key, Clock clock) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the signing key needs at least 32 bytes");
    }
    this.key = key.clone();
    this.clock = clock;
  }

  /** A key of its own for this run: links then stop working when the application restarts. */
  static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /** A token for {@code purpose} and {@code subject}, valid for {@code lifetime}. */
  String sign(String purpose, String subject, Duration lifetime) {
    String payload = purpose + "|" + subject + "|"
        + clock.instant().plus(lifetime).getEpochSecond();
    String encoded = ENCODE.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return encoded + "." + ENCODE.encodeToString(mac(encoded));
  }

  /** The subject of a valid, unexpired token for {@code purpose}; empty otherwise. */
  Optional<String> verify(String purpose, String token) {
    int dot = token.indexOf('.');
    if (dot <= 0 || token.length() > 2048) {
      return Optional.empty();
    }
    String encoded = token.substring(0, dot);
    byte[] given;
    String payload;
    try {
      given = DECODE.decode(token.substring(dot + 1));
      payload = new String(DECODE.decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(mac(encoded), given)) {
      return Optional.empty();
    }
    String[] parts = payload.split("\\|", 3);
    if (parts.length != 3 || !parts[0].equals(purpose)) {
      return Optional.empty();
    }
    try {
      Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
      return clock.instant().isBefore(expires) ? Optional.of(parts[1]) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
