package be.dalil.web;

import be.dalil.knowledge.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Password guessing at the editors' sign-in is slowed down: at most
 * {@code dalil.web.sign-ins-per-minute} attempts a minute for one account name from one client
 * address (more: {@code 429} with {@code Retry-After}). Runs before Spring Security, so a refused
 * attempt costs no password hashing either.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class SignInThrottle extends OncePerRequestFilter {

  private final RateLimiter attempts;
  private final ObjectMapper json;

  SignInThrottle(WebProperties properties, Clock clock, ObjectMapper json) {
    this.attempts = new RateLimiter(properties.signInsPerMinute(), clock);
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !RequestPath.of(request).equals("/editor/login");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String name = String.valueOf(request.getParameter("username")).strip()
        .toLowerCase(Locale.ROOT);
    long wait = attempts.acquire(request.getRemoteAddr() + "|" + name);
    if (wait > 0) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
      ErrorResponses.write(response, json, ErrorCode.RATE_LIMITED,
          "Too many sign-in attempts. Please wait a moment.");
      return;
    }
    chain.doFilter(request, response);
  }
}
