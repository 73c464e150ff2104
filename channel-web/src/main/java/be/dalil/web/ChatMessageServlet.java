package be.dalil.web;

import be.dalil.bot.Assistant;
import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.message.Channel;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Payload;
import be.dalil.i18n.Language;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.GeoPoint;
import be.dalil.knowledge.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** {@code POST /api/v1/messages}: a message in, the assistant's answer out. */
final class ChatMessageServlet extends JsonServlet<ApiViews.MessageView> {

  static final String PATH = "/api/v1/messages";
  private static final String CHARSET = ChatMessageServlet.class.getName() + ".charset";

  /** The encodings Jackson detects from the bytes; others are decoded as the request says. */
  private static final Set<Charset> DETECTED = Set.of(StandardCharsets.UTF_8,
      StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE);

  private final transient Assistant assistant;
  private final transient RateLimiter perConversation;
  private final transient ObjectReader reader;

  ChatMessageServlet(Assistant assistant, WebProperties properties, Clock clock,
      ObjectMapper json) {
    super(PATH, "POST", json, ApiViews.MessageView.class);
    this.assistant = assistant;
    this.perConversation = new RateLimiter(properties.messagesPerMinute(), clock);
    this.reader = json.readerFor(JsonNode.class);
  }

  /** Spring MVC's order: the body's type (415) before what the client accepts. */
  @Override
  void refuseEarly(HttpServletRequest request) {
    Charset charset = jsonCharset(request.getContentType()).orElseThrow(() ->
        new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            "Send JSON with Content-Type: application/json."));
    // Kept for answer(): the content type is parsed once per message.
    request.setAttribute(CHARSET, charset);
  }

  @Override
  ApiViews.MessageView answer(HttpServletRequest request) throws IOException {
    Charset charset = (Charset) request.getAttribute(CHARSET);
    JsonNode body = read(request.getInputStream(), charset);
    if (body == null || body.isMissingNode()) {
      throw new ApiException(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON.");
    }
    Incoming incoming = parse(body,
        Optional.ofNullable(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    long wait = perConversation.acquire(incoming.conversationId().value());
    if (wait > 0) {
      throw new ApiException(ErrorCode.RATE_LIMITED,
          "Too many messages in this conversation. Please wait a moment.", wait);
    }
    return ApiViews.message(assistant.handle(Channel.WEB, incoming));
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
    Optional<Language> client = acceptLanguage.flatMap(ChatMessageServlet::firstLanguage);
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

  private JsonNode read(InputStream in, Charset charset) throws IOException {
    return DETECTED.contains(charset) ? reader.readTree(in)
        : reader.readTree(new InputStreamReader(in, charset));
  }

  /**
   * The charset of a JSON body ({@code application/json}, parameters allowed; UTF-8 unless it
   * says otherwise), or empty for any other or unreadable content type: 415.
   */
  static Optional<Charset> jsonCharset(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      if (!MediaType.APPLICATION_JSON.includes(type)) {
        return Optional.empty();
      }
      return Optional.of(type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset());
    } catch (InvalidMediaTypeException | IllegalCharsetNameException
        | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

}
