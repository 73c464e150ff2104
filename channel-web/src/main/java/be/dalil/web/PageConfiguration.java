package be.dalil.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The chat page at {@code /}, the counsellor page at {@code /counsellor}, and their headers. */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/").setViewName("forward:/index.html");
    registry.addViewController("/counsellor").setViewName("forward:/counsellor.html");
  }

  /**
   * Everything the pages need is served by the application itself (no CDN, no external font),
   * and no page leaks its address (which may carry a start code) to other sites. First of all
   * filters, so that answers written before the application runs (429, 413) carry the headers
   * too; API answers are personal and never cached.
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> securityHeaders() {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new SecurityHeaders());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  private static final class SecurityHeaders extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      String path = request.getRequestURI();
      if (path.startsWith("/api/") || path.startsWith("/telegram/")) {
        response.setHeader("Cache-Control", "no-store");
      }
      response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:;"
          + " style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none';"
          + " base-uri 'none'; form-action 'self'");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("Referrer-Policy", "no-referrer");
      response.setHeader("Permissions-Policy", "geolocation=(self), camera=(), microphone=()");
      chain.doFilter(request, response);
    }
  }
}
