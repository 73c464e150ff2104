package be.dalil.web;

import be.dalil.knowledge.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
    // The decoded, normalised path Spring maps, not the raw URI: "/actuator/health/..;/x" and
    // "/actuator/health/%2e%2e/x" are /actuator/x.
    String path = RequestPath.of(request);
    boolean operator = path.equals("/actuator") || path.startsWith("/actuator/");
    boolean health = path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    return !operator || health;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!token.admits(request.getHeader("Authorization"))) {
      response.setHeader("WWW-Authenticate", "Bearer");
      ErrorResponses.write(response, json, ErrorCode.UNAUTHORIZED,
          "A valid admin token is required.");
      return;
    }
    chain.doFilter(request, response);
  }
}
