package be.dalil.web;

import be.dalil.knowledge.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Health is public (probes carry no token); every other operator endpoint (metrics) needs
 * {@code Authorization: Bearer <admin token>}, and without a configured token nobody gets them.
 * One constant-time comparison of one header: a security framework would add a filter chain,
 * sessions and CSRF rules to every request for this.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class OperatorAccessFilter extends OncePerRequestFilter {

  private final AdminToken token;
  private final ObjectMapper json;

  OperatorAccessFilter(WebProperties properties, ObjectMapper json) {
    this.token = new AdminToken(properties);
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !operator(request) && !health(request);
  }

  // The decoded, normalised path Spring's filters see, not the raw URI: "/actuator/health/..;/x"
  // and "/actuator/health/%2e%2e/x" are /actuator/x.
  private static boolean operator(HttpServletRequest request) {
    String path = RequestPath.of(request);
    boolean operator = path.equals("/actuator") || path.startsWith("/actuator/");
    return operator && !path.equals("/actuator/health") && !path.startsWith("/actuator/health/");
  }

  // Health as the handler mapping sees it, which matches on the raw URI: "/actuator/health/../.."
  // reaches the health endpoint there.
  private static boolean health(HttpServletRequest request) {
    String raw = request.getRequestURI();
    return raw.equals("/actuator/health") || raw.startsWith("/actuator/health/")
        || RequestPath.of(request).startsWith("/actuator/health");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!operator(request)) {
      // Health is public. An unknown health group or component is a 404 that Actuator leaves
      // without a body: made an error, it gets the JSON error body like every other.
      chain.doFilter(request, new HttpServletResponseWrapper(response) {
        @Override
        public void setStatus(int status) {
          if (status == HttpServletResponse.SC_NOT_FOUND) {
            try {
              sendError(status);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          } else {
            super.setStatus(status);
          }
        }
      });
      return;
    }
    if (!token.admits(request.getHeader("Authorization"))) {
      response.setHeader("WWW-Authenticate", "Bearer");
      ErrorResponses.write(response, json, ErrorCode.UNAUTHORIZED,
          "A valid admin token is required.");
      return;
    }
    chain.doFilter(request, response);
  }
}
