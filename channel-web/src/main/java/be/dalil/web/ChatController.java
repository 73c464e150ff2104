package be.dalil.web;

import be.dalil.bot.message.Channel;
import be.dalil.bot.Assistant;
import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Payload;
import be.dalil.i18n.Language;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.GeoPoint;
import be.dalil.knowledge.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/messages} and {@code DELETE /api/v1/conversations/{id}}. */
@RestController
class ChatController {

  private final Assistant assistant;
  private final RateLimiter perConversation;

  ChatController(Assistant assistant, WebProperties properties, Clock clock) {
    this.assistant = assistant;
    this.perConversation = new RateLimiter(properties.messagesPerMinute(), clock);
  }

  @PostMapping(path = "/api/v1/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ApiViews.MessageView send(@RequestBody JsonNode body,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
    Incoming incoming = parse(body, Optional.ofNullable(acceptLanguage));
    long wait = perConversation.acquire(incoming.conversationId().value());
    if (wait > 0) {
      throw new ApiException(ErrorCode.RATE_LIMITED,
          "Too many messages in this conversation. Please wait a moment.", wait);
    }
    return ApiViews.message(assistant.handle(Channel.WEB, incoming));
  }

  @DeleteMapping("/api/v1/conversations/{conversationId}")
  ResponseEntity<Void> forget(@PathVariable String conversationId) {
    assistant.forget(new ConversationId(conversationId));
    return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
  }

  static Incoming parse(JsonNode body, Optional<String> acceptLanguage) {
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(ErrorCode.MALFORMED_JSON,
          "The request body must be a JSON object.");
    }
    JsonNode id = body.get("conversationId");
    if (id == null || !id.isTextual()) {
      throw new InvalidRequestException(ErrorCode.INVALID_CONVERSATION_ID,
          "conversationId is required: 1 to 64 characters of A-Z, a-z, 0-9, _ or -.");
    }
    ConversationId conversationId = new ConversationId(id.asText());
    JsonNode textNode = body.get("text");
    String text = "";
    if (textNode != null && !textNode.isNull()) {
      if (!textNode.isTextual()) {
        throw new InvalidRequestException(ErrorCode.MISSING_TEXT, "text must be a string.");
      }
      text = textNode.asText();
    }
    Optional<Language> hint = Optional.empty();
    JsonNode language = body.get("language");
    if (language != null && !language.isNull()) {
      hint = Language.fromStrictCode(language.asText());
      if (hint.isEmpty()) {
        throw new InvalidRequestException(ErrorCode.UNKNOWN_LANGUAGE,
            "language must be one of ar, en, fr, nl.");
      }
    }
    Optional<GeoPoint> location = Optional.empty();
    JsonNode loc = body.get("location");
    if (loc != null && !loc.isNull()) {
      JsonNode lat = loc.get("lat");
      JsonNode lon = loc.get("lon");
      if (!loc.isObject() || lat == null || lon == null || !lat.isNumber() || !lon.isNumber()) {
        throw new InvalidRequestException(ErrorCode.INVALID_LOCATION,
            "location must be {\"lat\": number, \"lon\": number}.");
      }
      location = Optional.of(new GeoPoint(lat.asDouble(), lon.asDouble()));
    }
    Optional<Payload> payload = Optional.empty();
    JsonNode payloadNode = body.get("payload");
    if (payloadNode != null && !payloadNode.isNull()) {
      if (!payloadNode.isTextual()) {
        throw new InvalidRequestException(ErrorCode.INVALID_PAYLOAD, "payload must be a string.");
      }
      payload = Optional.of(Payload.parse(payloadNode.asText()));
    }
    Optional<Language> client = acceptLanguage.flatMap(ChatController::firstLanguage);
    return new Incoming(conversationId, text, hint, client, location, payload);
  }

  /** The first of our languages in an Accept-Language header: a first guess, never binding. */
  static Optional<Language> firstLanguage(String header) {
    for (String part : header.split(",")) {
      // limit -1: a part that is only ";" still has a (blank) first element
      Optional<Language> language = Language.fromCode(part.split(";", -1)[0].trim());
      if (language.isPresent()) {
        return language;
      }
    }
    return Optional.empty();
  }
}
