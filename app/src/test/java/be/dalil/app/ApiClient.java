package be.dalil.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A plain HTTP client for the API tests: real requests over a socket. */
final class ApiClient {

  record Response(int status, String contentType, JsonNode json, String body,
      java.net.http.HttpHeaders headers) {

    java.util.Optional<String> header(String name) {
      return headers.firstValue(name);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  ApiClient(int port) {
    this.base = "http://localhost:" + port;
  }

  Response post(String path, String body) {
    return post(path, body, "application/json");
  }

  Response postWithHeader(String path, String body, String header, String value) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").header(header, value)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  Response post(String path, String body, String contentType) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
  }

  /**
   * A GET written by hand on a socket, for a target that {@link java.net.URI} refuses (a broken
   * percent escape): returns the status and the body.
   */
  Response rawGet(String target) {
    return rawGet(target, "localhost");
  }

  /** The same with a Host header of the caller's choosing. */
  Response rawGet(String target, String host) {
    return raw("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
  }

  /**
   * A request written byte for byte on a socket (ISO-8859-1), for what no HTTP client sends: a
   * broken request line, no Host header, a bad Content-Length. Returns status, headers and body.
   */
  Response raw(String request) {
    java.net.URI uri = java.net.URI.create(base);
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = Integer.parseInt(raw.substring(9, 12));
      String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
      String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
      java.util.Map<String, java.util.List<String>> headers = new java.util.TreeMap<>(
          String.CASE_INSENSITIVE_ORDER);
      head.lines().skip(1).filter(l -> l.indexOf(':') > 0).forEach(l -> headers.computeIfAbsent(
          l.substring(0, l.indexOf(':')).trim(), k -> new java.util.ArrayList<>())
          .add(l.substring(l.indexOf(':') + 1).trim()));
      if (headers.getOrDefault("Transfer-Encoding", java.util.List.of()).contains("chunked")) {
        body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
      }
      String type = headers.getOrDefault("Content-Type", java.util.List.of("")).get(0);
      JsonNode json = type.contains("json") ? JSON.readTree(body) : null;
      return new Response(status, type, json, body,
          java.net.http.HttpHeaders.of(headers, (a, b) -> true));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  Response getWithHeader(String path, String header, String value) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).GET()
        .build());
  }

  Response delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE().build());
  }

  Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request,
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String type = response.headers().firstValue("Content-Type").orElse("");
      JsonNode json = type.contains("json") && !response.body().isEmpty()
          ? JSON.readTree(response.body()) : null;
      return new Response(response.statusCode(), type, json, response.body(),
          response.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Asserts the JSON error contract: status, code, a message, and no stack trace. */
  static void assertError(Response r, int status, String code) {
    org.assertj.core.api.Assertions.assertThat(r.status()).isEqualTo(status);
    org.assertj.core.api.Assertions.assertThat(r.contentType()).startsWith("application/json");
    org.assertj.core.api.Assertions.assertThat(r.json().at("/error/code").asText()).isEqualTo(code);
    org.assertj.core.api.Assertions.assertThat(r.json().at("/error/message").asText())
        .isNotBlank();
    org.assertj.core.api.Assertions.assertThat(r.body()).doesNotContain("Exception")
        .doesNotContain("at be.dalil");
  }

  /** A message body with the given conversation id and text. */
  static String message(String conversationId, String text) {
    try {
      return JSON.writeValueAsString(java.util.Map.of("conversationId", conversationId,
          "text", text));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
