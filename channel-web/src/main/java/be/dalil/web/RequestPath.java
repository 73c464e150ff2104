package be.dalil.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a request is mapped by: decoded, normalised and without path parameters. The raw URI
 * is not: {@code /api;x=1/v1/actors} and {@code /a/..;/api/v1/actors} reach the API while their
 * URI does not start with {@code /api/}, and would slip past every check keyed on it.
 */
final class RequestPath {

  private RequestPath() {}

  static String of(HttpServletRequest request) {
    String pathInfo = request.getPathInfo();
    return pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
  }
}
