package be.dalil.web;

import be.dalil.bot.Assistant;
import be.dalil.bot.message.Channel;
import be.dalil.bot.conversation.ConversationId;
import be.dalil.bot.message.Incoming;
import be.dalil.bot.message.Payload;
import be.dalil.i18n.Language;
import be.dalil.knowledge.DalilException;
import be.dalil.knowledge.ErrorCode;
import be.dalil.knowledge.GeoPoint;
import be.dalil.knowledge.InvalidRequestException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * {@code POST /api/v1/messages}, the busiest path, as a plain servlet beside Spring MVC. Under
 * load, Spring MVC's handler lookup, argument resolution, content negotiation and return value
 * handling cost about a fifth of a message's CPU, more than understanding it (async-profiler,
 * docs/benchmarks/load.txt). The contract is the same as every other endpoint's: the same
 * filters run before it, and errors use {@link ApiErrors}' codes, statuses and messages
 * ({@code ChatApiIT} and {@code HttpFuzzIT} hold it to them).
 */
final class ChatMessageServlet extends HttpServlet {

  static final String PATH = "/api/v1/messages";

  private static final Logger log = LoggerFactory.getLogger(ChatMessageServlet.class);
  /** The encodings Jackson detects from the bytes; others are decoded as the request says. */
  private static final Set<Charset> DETECTED = Set.of(StandardCharsets.UTF_8,
      StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE);

  private final transient Assistant assistant;
  private final transient RateLimiter perConversation;
  private final transient ObjectReader reader;
  private final transient ObjectWriter writer;
  private final transient ObjectMapper json;

  ChatMessageServlet(Assistant assistant, WebProperties properties, Clock clock,
      ObjectMapper json) {
    this.assistant = assistant;
    this.perConversation = new RateLimiter(properties.messagesPerMinute(), clock);
    this.json = json;
    this.reader = json.readerFor(JsonNode.class);
    this.writer = json.writerFor(ApiViews.MessageView.class);
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // Named for the HTTP metrics as Spring MVC would name it.
    ServerHttpObservationFilter.findObservationContext(request)
        .ifPresent(context -> context.setPathPattern(PATH));
    try {
      switch (request.getMethod()) {
        case "POST" -> post(request, response);
        case "OPTIONS" -> response.setHeader(HttpHeaders.ALLOW, "POST,OPTIONS");
        default -> fail(response, ApiErrors.respond(ErrorCode.METHOD_NOT_ALLOWED,
            "Method " + request.getMethod() + " is not allowed here.", List.of(), List.of()));
      }
    } catch (DalilException e) {
      fail(response, ApiErrors.of(e));
    } catch (ApiFilter.BodyTooLargeException e) {
      fail(response, ApiErrors.respond(ErrorCode.PAYLOAD_TOO_LARGE,
          "The request body is too large.", List.of(), List.of()));
    } catch (JsonProcessingException e) {
      fail(response, malformed());
    } catch (IOException | RuntimeException e) {
      if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
        log.debug("Client went away before its answer was written");
        return;
      }
      log.error("Unexpected error", e);
      fail(response, ApiErrors.respond(ErrorCode.INTERNAL,
          "Something went wrong on our side. Please try again.", List.of(), List.of()));
    }
  }

  private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Charset> charset = jsonCharset(request.getContentType());
    if (charset.isEmpty()) {
      fail(response, ApiErrors.respond(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "Send JSON with Content-Type: application/json.", List.of(), List.of()));
      return;
    }
    if (!acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
      fail(response, ApiErrors.respond(ErrorCode.INVALID_PARAMETER,
          "This resource is only available as JSON.", List.of(), List.of()));
      return;
    }
    JsonNode body = read(request.getInputStream(), charset.get());
    if (body == null || body.isMissingNode()) {
      fail(response, malformed());
      return;
    }
    Incoming incoming = parse(body,
        Optional.ofNullable(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    long wait = perConversation.acquire(incoming.conversationId().value());
    if (wait > 0) {
      throw new ApiException(ErrorCode.RATE_LIMITED,
          "Too many messages in this conversation. Please wait a moment.", wait);
    }
    byte[] answer = writer.writeValueAsBytes(
        ApiViews.message(assistant.handle(Channel.WEB, incoming)));
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setContentLength(answer.length);
    response.getOutputStream().write(answer);
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

  /** Whether an Accept header (or none) lets the answer be JSON. */
  static boolean acceptsJson(String accept) {
    if (accept == null || accept.isBlank()) {
      return true;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream()
          .anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON)
              && type.getQualityValue() > 0);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  private static ResponseEntity<ErrorBody> malformed() {
    return ApiErrors.respond(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON.",
        List.of(), List.of());
  }

  private void fail(HttpServletResponse response, ResponseEntity<ErrorBody> error)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(error.getStatusCode().value());
    error.getHeaders().forEach((name, values) -> {
      if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
        values.forEach(value -> response.addHeader(name, value));
      }
    });
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    json.writeValue(response.getOutputStream(), error.getBody());
  }
}
