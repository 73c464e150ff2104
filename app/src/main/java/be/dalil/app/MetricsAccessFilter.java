package be.dalil.app;

import be.dalil.web.WebProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
class MetricsAccessFilter extends OncePerRequestFilter {

  private static final String UNAUTHORIZED = "{\"error\":{\"code\":\"unauthorized\","
      + "\"message\":\"A valid admin token is required.\"}}";

  private final byte[] token;

  MetricsAccessFilter(WebProperties properties) {
    this.token = properties.adminToken().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // The decoded, normalised path Spring maps, not the raw URI: "/actuator/health/..;/x" and
    // "/actuator/health/%2e%2e/x" are /actuator/x.
    String path = request.getServletPath()
        + (request.getPathInfo() == null ? "" : request.getPathInfo());
    boolean operator = path.equals("/actuator") || path.startsWith("/actuator/");
    boolean health = path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    return !operator || health;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String authorization = request.getHeader("Authorization");
    String given = authorization != null && authorization.startsWith("Bearer ")
        ? authorization.substring("Bearer ".length()) : "";
    if (token.length == 0
        || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer");
      response.setHeader("Cache-Control", "no-store");
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(UNAUTHORIZED);
      return;
    }
    chain.doFilter(request, response);
  }
}
