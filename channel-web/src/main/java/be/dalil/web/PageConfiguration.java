package be.dalil.web;

import be.dalil.knowledge.ErrorCode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The chat page at {@code /}, the counsellor page at {@code /counsellor}, the editors' page at
 * {@code /editor/}, and their headers.
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/").setViewName("forward:/index.html");
    registry.addViewController("/counsellor").setViewName("forward:/counsellor.html");
    registry.addViewController("/partners").setViewName("forward:/partners.html");
    registry.addViewController("/editor").setViewName("redirect:/editor/");
    registry.addViewController("/editor/").setViewName("forward:/editor/index.html");
  }

  /**
   * First of all filters, so that answers written before the application runs (429, 413) carry
   * the headers too; API answers are personal and never cached. TRACE is refused here for every
   * path: the connector lets it through only so that the refusal is JSON with these headers.
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> securityHeaders(ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new HeadersFilter(json));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  private static final class HeadersFilter extends OncePerRequestFilter {
    private final ObjectMapper json;

    HeadersFilter(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
        FilterChain chain) throws ServletException, IOException {
      String path = RequestPath.of(request);
      if (path.startsWith("/api/") || path.startsWith("/telegram/")
          || path.startsWith("/editor")) {
        SecurityHeaders.noStore(response);
      }
      SecurityHeaders.apply(response);
      if ("TRACE".equals(request.getMethod())) {
        // HttpServlet would echo the request's headers (cookies, tokens) back.
        SecurityHeaders.noStore(response);
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ErrorBody.of(ErrorCode.METHOD_NOT_ALLOWED,
            "Method TRACE is not allowed here."));
        return;
      }
      chain.doFilter(request, response);
    }
  }
}
