package be.dalil.telegram;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: Telegram posts each update here with the secret token in
 * {@code X-Telegram-Bot-Api-Secret-Token}; anything without the right secret is refused. The
 * body is read only after the channel and the secret are checked, and never beyond
 * {@link #MAX_UPDATE_BYTES}; every refusal is a JSON error like the API's.
 */
@RestController
class TelegramWebhookController {

  static final String PATH = "/telegram/webhook";
  /** An update carries at most a 4,096-character message and its metadata. */
  static final int MAX_UPDATE_BYTES = 256 * 1024;

  private final ObjectProvider<TelegramUpdates> updates;
  private final ObjectMapper json;
  private final byte[] secret;
  private final boolean active;

  TelegramWebhookController(ObjectProvider<TelegramUpdates> updates,
      TelegramProperties properties, ObjectMapper json) {
    this.updates = updates;
    this.json = json;
    this.secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
    this.active = properties.enabled() && properties.webhook() && secret.length > 0;
  }

  @PostMapping(PATH)
  ResponseEntity<?> receive(
      @RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String token,
      HttpServletRequest request) throws IOException {
    TelegramUpdates handler = updates.getIfAvailable();
    if (!active || handler == null) {
      return error(HttpStatus.NOT_FOUND, "not_found", "There is no Telegram webhook here.");
    }
    byte[] given = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(secret, given)) {
      return error(HttpStatus.UNAUTHORIZED, "unauthorized", "Wrong or missing secret token.");
    }
    if (request.getContentLengthLong() > MAX_UPDATE_BYTES) {
      return tooLarge();
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_UPDATE_BYTES + 1);
    }
    if (body.length > MAX_UPDATE_BYTES) {
      return tooLarge();
    }
    Update update;
    try {
      update = json.readValue(body, Update.class);
    } catch (JacksonException e) {
      return error(HttpStatus.BAD_REQUEST, "malformed_json", "The update is not valid JSON.");
    }
    if (update == null) {
      return error(HttpStatus.BAD_REQUEST, "malformed_json", "The update is empty.");
    }
    handler.handle(update);
    return ResponseEntity.ok().build();
  }

  private ResponseEntity<ObjectNode> tooLarge() {
    return error(HttpStatus.PAYLOAD_TOO_LARGE, "payload_too_large",
        "An update is at most " + MAX_UPDATE_BYTES + " bytes.");
  }

  private ResponseEntity<ObjectNode> error(HttpStatus status, String code, String message) {
    ObjectNode body = json.createObjectNode();
    body.putObject("error").put("code", code).put("message", message);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
