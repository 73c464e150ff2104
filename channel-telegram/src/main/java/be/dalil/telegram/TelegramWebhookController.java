package be.dalil.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: Telegram posts each update here with the secret token in
 * {@code X-Telegram-Bot-Api-Secret-Token}; anything without the right secret is refused.
 */
@RestController
class TelegramWebhookController {

  static final String PATH = "/telegram/webhook";

  private final ObjectProvider<TelegramUpdates> updates;
  private final byte[] secret;
  private final boolean active;

  TelegramWebhookController(ObjectProvider<TelegramUpdates> updates,
      TelegramProperties properties) {
    this.updates = updates;
    this.secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
    this.active = properties.enabled() && properties.webhook() && secret.length > 0;
  }

  @PostMapping(PATH)
  ResponseEntity<Void> receive(
      @RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String token,
      @RequestBody Update update) {
    TelegramUpdates handler = updates.getIfAvailable();
    if (!active || handler == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
    byte[] given = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(secret, given)) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    handler.handle(update);
    return ResponseEntity.ok().build();
  }
}
