package be.dalil.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries, whoever writes it: the filter in front of the application
 * and Tomcat's error report for requests the application never sees.
 */
final class SecurityHeaders {

  private SecurityHeaders() {}

  /**
   * Everything the pages need is served by the application itself (no CDN, no external font),
   * and no page leaks its address (which may carry a start code) to other sites.
   */
  static void apply(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:;"
        + " style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none';"
        + " base-uri 'none'; form-action 'self'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Permissions-Policy", "geolocation=(self), camera=(), microphone=()");
  }

  /** API, webhook and error answers are personal or transient: never cached. */
  static void noStore(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
  }
}
