package be.dalil.web.editor;

import be.dalil.knowledge.ErrorCode;
import be.dalil.web.ErrorResponses;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may use the editors' pages and API: Spring Security, form login with the configured
 * accounts or OpenID Connect when a provider is configured, sessions that expire
 * ({@code server.servlet.session.timeout}), CSRF on every change.
 * Only these paths pass through it; the newcomers' chat and API stay as they are (no session, no
 * cookie).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(EditorProperties.class)
class EditorSecurity {

  static final String PAGES = "/editor";
  static final String API = "/api/v1/editor";
  /** Where a sign-in through a provider starts: {@code /editor/oauth2/authorization/<id>}. */
  static final String OIDC_START = PAGES + "/oauth2/authorization";

  /** Spring Security's filter for the editors' paths only (Boot's own would take every path). */
  @Bean
  DelegatingFilterProxyRegistrationBean editorSecurityFilter() {
    DelegatingFilterProxyRegistrationBean registration =
        new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
    registration.setUrlPatterns(List.of(PAGES + "/*", API + "/*"));
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER);
    registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
    return registration;
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  UserDetailsService editorAccounts(EditorProperties properties) {
    return new InMemoryUserDetailsManager(
        EditorAccounts.users(EditorAccounts.parse(properties.accounts())));
  }

  @Bean
  SecurityFilterChain editorChain(HttpSecurity http, ObjectMapper json,
      EditorProperties properties, ObjectProvider<ClientRegistrationRepository> providers)
      throws Exception {
    RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher(API + "/**");
    AuthenticationEntryPoint unauthorized = (request, response, e) ->
        ErrorResponses.write(response, json, ErrorCode.UNAUTHORIZED, "Sign in first.");
    AccessDeniedHandler forbidden = (request, response, e) -> ErrorResponses.write(response, json,
        ErrorCode.FORBIDDEN, e instanceof CsrfException
            ? "The form has expired. Reload the page and try again."
            : "This is not allowed for your account.");
    http.securityMatcher(PAGES + "/**", API + "/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(PAGES + "/login.html", PAGES + "/editor.css", PAGES + "/login.js",
                PAGES + "/texts.js",
                API + "/session").permitAll()
            .requestMatchers(API + "/accounts").hasRole("ADMIN")
            .anyRequest().hasRole("EDITOR"))
        .formLogin(form -> form.loginPage(PAGES + "/login.html")
            .loginProcessingUrl(PAGES + "/login")
            .defaultSuccessUrl(PAGES + "/", true)
            .failureUrl(PAGES + "/login.html?error"))
        .logout(logout -> logout.logoutUrl(PAGES + "/logout")
            .logoutSuccessUrl(PAGES + "/login.html?signedOut"))
        .exceptionHandling(errors -> errors
            .defaultAuthenticationEntryPointFor(unauthorized, api)
            .defaultAccessDeniedHandlerFor(forbidden, api))
        // The application's own filter sets the security headers of every answer.
        .headers(headers -> headers.disable())
        .requestCache(cache -> cache.disable());
    // OpenID Connect when a provider is configured (spring.security.oauth2.client.*): its
    // endpoints stay under /editor, where this chain and its filter apply.
    if (providers.getIfAvailable() != null) {
      OidcEditors editors = new OidcEditors(properties.oidcAccounts());
      http.oauth2Login(oidc -> oidc.loginPage(PAGES + "/login.html")
          .authorizationEndpoint(a -> a.baseUri(OIDC_START))
          .redirectionEndpoint(r -> r.baseUri(PAGES + "/oauth2/code/*"))
          .userInfoEndpoint(u -> u.oidcUserService(editors))
          .defaultSuccessUrl(PAGES + "/", true)
          .failureUrl(PAGES + "/login.html?error"));
    }
    return http.build();
  }
}
