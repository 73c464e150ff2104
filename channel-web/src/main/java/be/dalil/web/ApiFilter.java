package be.dalil.web;

import be.dalil.knowledge.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the API before any body is parsed: a per-client request rate (429) and a body size limit
 * (413), both answered with the JSON error contract. The body limit also holds for chunked
 * uploads that announce no length.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiFilter extends OncePerRequestFilter {

  /** Where imports are posted: their own, larger limit. */
  static final String ADMIN_PREFIX = "/api/v1/admin/";

  /** Set by Tomcat when it could not parse the parameters (its {@code Globals}). */
  private static final String PARAMETER_PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

  private final int maxBodyBytes;
  private final long maxImportBytes;
  private final RateLimiter perClient;
  private final ObjectMapper json;

  ApiFilter(WebProperties properties, Clock clock, ObjectMapper json) {
    this.maxBodyBytes = properties.maxBodyBytes();
    this.maxImportBytes = properties.maxImportBytes();
    this.perClient = new RateLimiter(properties.requestsPerMinutePerClient(), clock);
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !RequestPath.of(request).startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long wait = perClient.acquire(request.getRemoteAddr());
    if (wait > 0) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
      write(response, ErrorCode.RATE_LIMITED, "Too many requests. Please wait a moment.");
      return;
    }
    Optional<String> badParameter = badQueryParameter(request);
    if (badParameter.isPresent()) {
      write(response, ErrorCode.INVALID_PARAMETER, badParameter.get());
      return;
    }
    long limit = RequestPath.of(request).startsWith(ADMIN_PREFIX) ? maxImportBytes : maxBodyBytes;
    long length = request.getContentLengthLong();
    if (length > limit) {
      write(response, ErrorCode.PAYLOAD_TOO_LARGE,
          "The request body is larger than " + limit + " bytes.");
      return;
    }
    LimitedRequest limited = new LimitedRequest(request, limit);
    try {
      chain.doFilter(limited, response);
    } catch (ServletException | RuntimeException e) {
      if (limited.exceeded && !response.isCommitted()) {
        response.resetBuffer(); // keeps the security headers already set
        write(response, ErrorCode.PAYLOAD_TOO_LARGE,
            "The request body is larger than " + limit + " bytes.");
        return;
      }
      throw e;
    }
  }

  /**
   * A query string Tomcat could not decode (it would drop the parameter silently) or a parameter
   * given twice (Spring would join the values with a comma): never guessed at, refused.
   */
  static Optional<String> badQueryParameter(HttpServletRequest request) {
    if (request.getQueryString() == null) {
      return Optional.empty();
    }
    Map<String, String[]> parameters = request.getParameterMap();
    if (Boolean.TRUE.equals(request.getAttribute(PARAMETER_PARSE_FAILED))) {
      return Optional.of("The query string is not valid URL encoding.");
    }
    for (Map.Entry<String, String[]> e : parameters.entrySet()) {
      if (e.getValue().length > 1) {
        return Optional.of("The parameter '" + e.getKey() + "' is given more than once.");
      }
    }
    return Optional.empty();
  }

  private void write(HttpServletResponse response, ErrorCode code, String message)
      throws IOException {
    response.setStatus(ApiErrors.statusOf(code).value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), ErrorBody.of(code, message));
  }

  /** Thrown while reading a body past the limit; mapped to 413. */
  static final class BodyTooLargeException extends IOException {
    BodyTooLargeException() {
      super("request body too large");
    }
  }

  /** Counts body bytes and fails once the limit is passed. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;
    boolean exceeded;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long count;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              check(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            if (n > 0) {
              check(n);
            }
            return n;
          }

          private void check(int n) throws IOException {
            count += n;
            if (count > limit) {
              exceeded = true;
              throw new BodyTooLargeException();
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }
  }

}
