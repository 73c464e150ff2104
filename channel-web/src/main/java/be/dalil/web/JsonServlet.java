package be.dalil.web;

import be.dalil.knowledge.DalilException;
import be.dalil.knowledge.ErrorCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * One JSON endpoint of the busiest kind as a plain servlet beside Spring MVC. Under load, Spring
 * MVC's handler lookup, argument resolution, content negotiation and return value handling cost
 * more of a chat message's CPU than understanding it (async-profiler,
 * {@code docs/benchmarks/load.txt}). The contract stays every other endpoint's: the same filters
 * run before it, and errors use {@link ApiErrors}' codes, statuses and messages ({@code ChatApiIT},
 * {@code SearchApiIT} and {@code HttpFuzzIT} hold it to them).
 *
 * @param <T> the answer's JSON view, written by a writer built once
 */
abstract class JsonServlet<T> extends HttpServlet {

  private static final Logger log = LoggerFactory.getLogger(JsonServlet.class);
  /**
   * Each request thread writes its answers into one buffer it keeps, so that an answer's length
   * is known before it is sent: Jackson's {@code writeValueAsBytes} built every answer in fresh
   * segments and copied them into a fresh array, 12% of the chat's allocation (async-profiler).
   */
  private static final ThreadLocal<AnswerBuffer> BUFFERS =
      ThreadLocal.withInitial(AnswerBuffer::new);

  private final String path;
  private final String method;
  private final transient ObjectMapper json;
  private final transient ObjectWriter writer;

  JsonServlet(String path, String method, ObjectMapper json, Class<T> view) {
    this.path = path;
    this.method = method;
    this.json = json;
    this.writer = json.writerFor(view);
  }

  /** Refuses a request before its Accept header is looked at, with a {@link DalilException}. */
  void refuseEarly(HttpServletRequest request) {}

  /** The answer to a request of the servlet's method, or a {@link DalilException}. */
  abstract T answer(HttpServletRequest request) throws IOException;

  @Override
  protected final void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // Named for the HTTP metrics as Spring MVC would name it.
    ServerHttpObservationFilter.findObservationContext(request)
        .ifPresent(context -> context.setPathPattern(path));
    String asked = request.getMethod();
    try {
      if (asked.equals(method) || ("HEAD".equals(asked) && "GET".equals(method))) {
        refuseEarly(request);
        if (!acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
          throw new ApiException(ErrorCode.INVALID_PARAMETER,
              "This resource is only available as JSON.");
        }
        T answer = answer(request);
        AnswerBuffer buffer = BUFFERS.get();
        buffer.reset();
        writer.writeValue(buffer, answer);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(buffer.size());
        if (!"HEAD".equals(asked)) {
          buffer.writeTo(response.getOutputStream());
        }
        if (buffer.oversized()) {
          BUFFERS.remove();
        }
      } else if ("OPTIONS".equals(asked)) {
        response.setHeader(HttpHeaders.ALLOW, "GET".equals(method) ? "GET,HEAD,OPTIONS"
            : method + ",OPTIONS");
      } else {
        fail(response, ApiErrors.respond(ErrorCode.METHOD_NOT_ALLOWED,
            "Method " + asked + " is not allowed here.", List.of(), List.of()));
      }
    } catch (DalilException e) {
      fail(response, ApiErrors.of(e));
    } catch (ApiFilter.BodyTooLargeException e) {
      fail(response, ApiErrors.respond(ErrorCode.PAYLOAD_TOO_LARGE,
          "The request body is too large.", List.of(), List.of()));
    } catch (JsonProcessingException e) {
      fail(response, ApiErrors.respond(ErrorCode.MALFORMED_JSON,
          "The request body is not valid JSON.", List.of(), List.of()));
    } catch (IOException | RuntimeException e) {
      if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
        // Nobody is there to answer, and anyone can cause it: no stack trace to flood the log.
        log.debug("Client went away before its answer was written");
        return;
      }
      // The stack trace goes to the log, never to the client.
      log.error("Unexpected error", e);
      fail(response, ApiErrors.respond(ErrorCode.INTERNAL,
          "Something went wrong on our side. Please try again.", List.of(), List.of()));
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

  /** A request thread's answer buffer; one grown for an unusually large answer is not kept. */
  private static final class AnswerBuffer extends ByteArrayOutputStream {

    private static final int INITIAL = 16 * 1024;
    private static final int KEPT = 256 * 1024;

    AnswerBuffer() {
      super(INITIAL);
    }

    boolean oversized() {
      return buf.length > KEPT;
    }
  }
}
