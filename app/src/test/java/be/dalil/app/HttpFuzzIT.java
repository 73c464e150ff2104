package be.dalil.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Hostile HTTP, generated: malformed and deep JSON, wrong types, Mongo operators, regex
 * metacharacters, invalid UTF-8, control and bidi characters, odd methods, paths, headers and
 * content types, over real sockets to the whole application. Whatever comes in: no 5xx, every
 * error and every API answer JSON, no stack trace or class name, and the application still
 * ready afterwards. 10,000 requests a build (junit-platform.properties); the README shows how to
 * run 100,000.
 */
class HttpFuzzIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SENT = new AtomicInteger();
  /** What a leaked stack trace or internal name looks like. */
  private static final Pattern LEAK = Pattern.compile(
      "\\tat |\\bat (be\\.dalil|java\\.|org\\.)|(java|javax|jakarta|org|com|be)\\.[a-z]+\\."
          + "[A-Za-z.]*(Exception|Error)\\b|org\\.apache|springframework|Whitelabel",
      Pattern.CASE_INSENSITIVE);

  private static ConfigurableApplicationContext app;
  private static int port;

  @BeforeContainer
  static void start() throws IOException {
    Path data = Files.createTempDirectory("dalil-fuzz");
    app = new SpringApplicationBuilder(DalilApplication.class).run("--server.port=0",
        "--dalil.data-dir=" + data, "--dalil.mongodb-uri=",
        "--dalil.web.requests-per-minute-per-client=1000000000",
        "--dalil.web.messages-per-minute=1000000000", "--dalil.web.admin-token=fuzz-token",
        "--logging.level.root=WARN");
    port = ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  @AfterContainer
  static void stillHealthyAfterwards() {
    try {
      Answer ready = send(FuzzRequest.of("GET", "/actuator/health/readiness"));
      assertThat(ready.status()).isEqualTo(200);
      Answer chat = send(new FuzzRequest("POST", "/api/v1/messages",
          List.of(List.of("Content-Type", "application/json")), false,
          ("{\"conversationId\": \"fuzz-after\", \"text\": \"where can I learn Dutch in Gent\"}")
              .getBytes(StandardCharsets.UTF_8)));
      assertThat(chat.status()).isEqualTo(200);
      assertThat(chat.json().get("intent").asText()).isEqualTo("learn_dutch");
      assertThat(SENT.get()).as("requests sent")
          .isGreaterThanOrEqualTo(Integer.getInteger("jqwik.tries.default", 10_000));
    } finally {
      app.close();
    }
  }

  @Property(seed = "20261201", shrinking = ShrinkingMode.BOUNDED)
  void everyAnswerKeepsTheContract(@ForAll("requests") FuzzRequest request) {
    Answer answer = send(request);
    SENT.incrementAndGet();
    // 503 only where the contract has it: proposals without a mail server configured.
    boolean mailOff = answer.status() == 503 && answer.bodyText().contains("mail_unavailable");
    assertThat(mailOff || answer.status() < 500).as("status " + answer.status() + " of "
        + request).isTrue();
    assertThat(answer.status()).as("status of " + request).isGreaterThanOrEqualTo(100);
    String body = answer.bodyText();
    assertThat(LEAK.matcher(body).find()).as("leak in " + abbreviate(body) + " for " + request)
        .isFalse();
    boolean hasBody = !request.method().equals("HEAD") && answer.status() != 204
        && answer.status() != 304;
    boolean api = request.target().startsWith("/api/") || request.target().startsWith("/telegram/");
    boolean image = request.target().startsWith("/api/v1/links/qr.png") && answer.status() == 200;
    boolean options = request.method().equals("OPTIONS") && answer.status() == 200;
    if (answer.status() >= 400) {
      assertThat(body).as("an HTML error page for " + request).doesNotContainIgnoringCase("<html");
    }
    if (hasBody && !image && !options && (answer.status() >= 400 || api)) {
      assertThat(answer.contentType()).as("content type of " + answer.status() + " "
          + abbreviate(body) + " for " + request).startsWith("application/json");
      JsonNode json = answer.json();
      if (answer.status() >= 400) {
        assertThat(json.at("/error/code").isTextual()).as(abbreviate(body) + " for " + request)
            .isTrue();
      }
    }
  }

  // ---- generators ----

  @Provide
  Arbitrary<FuzzRequest> requests() {
    return Arbitraries.frequencyOf(
        Tuple.of(35, chatMessages()),
        Tuple.of(20, searches()),
        Tuple.of(8, imports()),
        Tuple.of(5, webhookCalls()),
        Tuple.of(5, forgets()),
        Tuple.of(27, anything()));
  }

  private static final List<String> ENDPOINTS = List.of("/api/v1/messages", "/api/v1/actors",
      "/api/v1/topics", "/api/v1/places", "/api/v1/links", "/api/v1/links/qr.png",
      "/api/v1/admin/actors", "/api/v1/conversations/c-1", "/api/v1/ui-texts",
      "/telegram/webhook", "/", "/counsellor", "/index.html", "/app.js", "/error",
      "/actuator/health", "/actuator/prometheus", "/api/v1/nothing", "/api/", "/api",
      "/api/v1/partners/listings", "/api/v1/partners/listings/x", "/api/v1/partners/proposals",
      "/api/v1/partners/check", "/partners", "/partners/confirm", "/partners/check",
      "/counsellor/sheet", "/api/v1/editor/session", "/api/v1/editor/unanswered",
      "/api/v1/editor/proposals", "/editor/", "/editor/login", "/editor/logout");

  private static final List<String> NASTY = List.of("", " ", "null", "true", "0", "-1",
      "1e309", "NaN", "-0", "99999999999999999999", "1".repeat(1200), "$ne", "{\"$gt\": \"\"}",
      "{\"$where\": \"sleep(1000)\"}", ".*", "^$", "(a+)+$", "[", "\\", "\\u0000", "%00", "%ZZ",
      "%", "%2F", "%C0%AF", "${jndi:ldap://x}", "<script>alert(1)</script>", "' OR 1=1 --",
      "../../etc/passwd", "\u202eevil\u202c", "\u200b", "\ufeff", "Gent", "Schaerbeek",
      "Sint-Jans-Molenbeek", "1030", "50.85", "4.35", "ar", "en", "fr", "nl", "de", "AR",
      "topic:housing", "place:gent", "lang:ar", "start:fr-housing-gent", "start:zz-0-0",
      "menu", "forget", "healthcare", "learn_dutch", "a".repeat(5000), "🙂".repeat(700),
      "مرحبا", "salam khouya", "3ndi mochkil f l9raya", "\t", "\r\n", "\"", "'", "{}", "[]");

  private static Arbitrary<String> nasty() {
    return Arbitraries.oneOf(Arbitraries.of(NASTY),
        Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(40),
        Arbitraries.strings().withCharRange('\u0600', '\u06ff').withChars(' ', '?')
            .ofMaxLength(80));
  }

  /** A JSON string literal of any text, control characters and lone surrogates included. */
  private static String jsonString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static Arbitrary<String> jsonValue() {
    return Arbitraries.oneOf(nasty().map(HttpFuzzIT::jsonString),
        Arbitraries.of("null", "true", "1", "-1.5e3", "1e999999", "[]", "{}", "[\"a\"]",
            "{\"$ne\": null}", "{\"$regex\": \".*\"}", "1".repeat(1500), "\"\\ud800\"",
            "\"\\udfff\\ud800\"", "{\"lat\": 50.85, \"lon\": 4.35}",
            "{\"lat\": 0, \"lon\": 0}", "{\"lat\": \"x\"}", "{\"lat\": 1e309, \"lon\": -1e309}",
            "{\"lat\": -33.9, \"lon\": 18.4}", "{\"lat\": 51.05, \"lon\": 3.72}"));
  }

  private static final List<String> CHAT_FIELDS = List.of("conversationId", "text", "language",
      "location", "payload", "$where", "_id", "extra");

  private static Arbitrary<byte[]> chatBody() {
    Arbitrary<String> object = Combinators.combine(
            Arbitraries.of(CHAT_FIELDS).list().ofMaxSize(6),
            jsonValue().list().ofSize(6),
            Arbitraries.of("c-1", "fuzz-a", "x".repeat(200), "", "../x", "$ne"))
        .as((fields, values, id) -> {
          StringBuilder json = new StringBuilder("{\"conversationId\": ")
              .append(jsonString(id));
          for (int i = 0; i < fields.size(); i++) {
            json.append(", ").append(jsonString(fields.get(i))).append(": ")
                .append(values.get(i));
          }
          return json.append('}').toString();
        });
    Arbitrary<String> valid = nasty().map(text -> "{\"conversationId\": \"fuzz-ok\", \"text\": "
        + jsonString(text) + "}");
    return Arbitraries.oneOf(object.map(HttpFuzzIT::utf8), valid.map(HttpFuzzIT::utf8),
        malformed());
  }

  private static Arbitrary<byte[]> malformed() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 5000).map(depth -> utf8("[".repeat(depth)
            + "]".repeat(depth))),
        Arbitraries.integers().between(1, 3000).map(depth -> utf8("{\"a\":".repeat(depth)
            + "1" + "}".repeat(depth))),
        Arbitraries.of("{", "{\"text\": \"a\"", "{\"text\": \"a\",}", "'text'", "\u0000",
            "{\"text\": \"\\x41\"}", "{\"text\": \"\\u12\"}", "[1,2,3]", "\"just a string\"",
            "{\"text\": 1}{\"text\": 2}", "text=hello&conversationId=x").map(HttpFuzzIT::utf8),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
        // invalid UTF-8 inside a JSON string
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(20).map(bad -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.writeBytes(utf8("{\"conversationId\": \"fuzz-u\", \"text\": \"ab"));
          for (byte b : bad) {
            out.write(b == '"' || b == '\\' ? 0xC3 : (b | 0x80));
          }
          out.writeBytes(utf8("\"}"));
          return out.toByteArray();
        }),
        Arbitraries.integers().between(16_000, 40_000).map(n -> utf8(
            "{\"conversationId\": \"fuzz-big\", \"text\": \"" + "a".repeat(n) + "\"}")));
  }

  private static Arbitrary<List<List<String>>> headers() {
    Arbitrary<List<String>> contentType = Arbitraries.of("application/json",
        "application/json; charset=UTF-8", "application/json; charset=ISO-8859-1",
        "application/json; charset=nonsense", "text/plain", "application/xml",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz",
        "application/*", "*/*", ";", "application/json;;;", "").map(v -> List.of("Content-Type", v));
    Arbitrary<List<String>> other = Arbitraries.oneOf(
        Arbitraries.of("text/html", "application/xml", "application/json", "*/*", "image/png",
            ";q=x", "").map(v -> List.of("Accept", v)),
        Arbitraries.of(";", ",;", "ar", "fr-BE,fr;q=0.9", "xx-YY", "*", ";q=0.5,", "a".repeat(500))
            .map(v -> List.of("Accept-Language", v)),
        Arbitraries.of("Bearer fuzz-token", "Bearer wrong", "Basic YTpi", "Bearer", "", "x")
            .map(v -> List.of("Authorization", v)),
        Arbitraries.of("203.0.113.9", "unknown", "1.1.1.1, 2.2.2.2", "::1", "")
            .map(v -> List.of("X-Forwarded-For", v)),
        Arbitraries.of("https://evil.example", "null", "http://localhost")
            .map(v -> List.of("Origin", v)),
        Arbitraries.of("wrong", "", "a".repeat(300))
            .map(v -> List.of("X-Telegram-Bot-Api-Secret-Token", v)),
        Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(20)
            .filter(n -> n.indexOf(':') < 0).flatMap(name -> Arbitraries.strings()
                .withCharRange(' ', '~').ofMaxLength(60).map(v -> List.of(name, v))));
    return Combinators.combine(contentType.list().ofMaxSize(1), other.list().ofMaxSize(4))
        .as((a, b) -> {
          List<List<String>> all = new ArrayList<>(a);
          all.addAll(b);
          return all;
        });
  }

  private static Arbitrary<String> query() {
    Arbitrary<String> pair = Combinators.combine(
            Arbitraries.of("topic", "place", "lat", "lon", "lang", "limit", "code", "q",
                "topic[$ne]", "place.$where", ""),
            nasty(), Arbitraries.of(true, false))
        .as((name, value, encode) -> name + "=" + (encode ? encode(value) : raw(value)));
    return pair.list().ofMaxSize(5).map(pairs -> pairs.isEmpty() ? ""
        : "?" + String.join("&", pairs));
  }

  /** Percent-encoding of every byte outside unreserved characters. */
  private static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "%%%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  /** As typed, but never breaking the request line (no space, CR, LF or non-ASCII). */
  private static String raw(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      out.append(c > ' ' && c < 127 ? String.valueOf(c) : encode(String.valueOf(c)));
    }
    return out.toString();
  }

  private static Arbitrary<FuzzRequest> chatMessages() {
    return Combinators.combine(Arbitraries.of("POST", "POST", "POST", "PUT", "GET"),
            headers(), chatBody(), Arbitraries.of(false, false, false, true))
        .as((method, headers, body, chunked) -> new FuzzRequest(method, "/api/v1/messages",
            withJsonType(headers), chunked, body));
  }

  private static List<List<String>> withJsonType(List<List<String>> headers) {
    if (headers.stream().anyMatch(h -> h.get(0).equals("Content-Type"))) {
      return headers;
    }
    List<List<String>> all = new ArrayList<>(headers);
    all.add(List.of("Content-Type", "application/json"));
    return all;
  }

  private static Arbitrary<FuzzRequest> searches() {
    return Combinators.combine(Arbitraries.of("/api/v1/actors", "/api/v1/topics",
            "/api/v1/places", "/api/v1/links", "/api/v1/links/qr.png", "/api/v1/ui-texts"),
            query(), headers())
        .as((path, query, headers) -> new FuzzRequest("GET", path + query, headers, false,
            new byte[0]));
  }

  private static Arbitrary<FuzzRequest> imports() {
    Arbitrary<byte[]> body = Arbitraries.oneOf(malformed(), Combinators.combine(
            jsonValue(), jsonValue(), jsonValue(), jsonValue())
        .as((id, name, topics, municipality) -> utf8("[{\"id\": " + id + ", \"name\": " + name
            + ", \"description\": {\"en\": \"x\"}, \"topics\": " + topics
            + ", \"municipality\": " + municipality + "}]")));
    return Combinators.combine(body, headers(), Arbitraries.of(false, true))
        .as((b, headers, token) -> {
          List<List<String>> all = new ArrayList<>(withJsonType(headers));
          if (token) {
            all.add(List.of("Authorization", "Bearer fuzz-token"));
          }
          // Only the test's own well-formed import may succeed; ids are fuzz- prefixed.
          return new FuzzRequest("POST", "/api/v1/admin/actors", all, false, b);
        });
  }

  private static Arbitrary<FuzzRequest> webhookCalls() {
    return Combinators.combine(chatBody(), headers())
        .as((body, headers) -> new FuzzRequest("POST", "/telegram/webhook", withJsonType(headers),
            false, body));
  }

  private static Arbitrary<FuzzRequest> forgets() {
    return Combinators.combine(nasty(), Arbitraries.of("DELETE", "GET", "POST"))
        .as((id, method) -> new FuzzRequest(method, "/api/v1/conversations/" + raw(id),
            List.of(), false, new byte[0]));
  }

  private static Arbitrary<FuzzRequest> anything() {
    Arbitrary<String> method = Arbitraries.oneOf(Arbitraries.of("GET", "POST", "PUT", "DELETE",
            "PATCH", "OPTIONS", "HEAD", "TRACE", "CONNECT", "PROPFIND", "MKCOL", "get"),
        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12));
    Arbitrary<String> path = Combinators.combine(Arbitraries.of(ENDPOINTS),
            Arbitraries.of("", ";x=1", "/", "//", "/..", "/../..", "/%2e%2e/", "%2F", "%5C",
                "%00", "%ZZ", "[", "]", "{", "}", "|", "\\", "^", "\"", "<", ">", "`",
                "/.;/", "/x/..;/", "?", "#frag", "~", "%u0041", "/" + "a".repeat(9000)),
            Arbitraries.of(true, false))
        .as((endpoint, twist, before) -> before && twist.startsWith("/")
            ? "/x" + twist + endpoint.substring(1) : endpoint + twist);
    return Combinators.combine(method, path, query(), headers(), malformed(),
            Arbitraries.of(false, true))
        .as((m, p, q, h, body, chunked) -> new FuzzRequest(m, p + q, h, chunked,
            m.equals("GET") || m.equals("HEAD") ? new byte[0] : body));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  // ---- the wire ----

  record FuzzRequest(String method, String target, List<List<String>> headers, boolean chunked,
      byte[] body) {

    static FuzzRequest of(String method, String target) {
      return new FuzzRequest(method, target, List.of(), false, new byte[0]);
    }

    byte[] bytes() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StringBuilder head = new StringBuilder(method).append(' ').append(target)
          .append(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
      for (List<String> h : headers) {
        head.append(h.get(0)).append(": ").append(h.get(1)).append("\r\n");
      }
      if (chunked) {
        head.append("Transfer-Encoding: chunked\r\n\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body.length > 0) {
          out.writeBytes((Integer.toHexString(body.length) + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
          out.writeBytes(body);
          out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      } else {
        if (body.length > 0 || method.equals("POST") || method.equals("PUT")) {
          head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
      }
      return out.toByteArray();
    }

    @Override
    public String toString() {
      String shown = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
      return method + " " + abbreviate(target) + " " + headers + (chunked ? " chunked" : "")
          + " body(" + body.length + ")=" + shown;
    }
  }

  record Answer(int status, String contentType, byte[] body) {
    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + abbreviate(bodyText()), e);
      }
    }
  }

  static Answer send(FuzzRequest request) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      try {
        socket.getOutputStream().write(request.bytes());
      } catch (IOException e) {
        // The server may answer and close before reading everything (413): read what it said.
      }
      byte[] raw = socket.getInputStream().readAllBytes();
      return parse(raw, request);
    } catch (IOException e) {
      throw new UncheckedIOException("no answer to " + request, e);
    }
  }

  static Answer parse(byte[] raw, FuzzRequest request) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int start = 0;
    while (text.startsWith("HTTP/1.1 1", start)) { // interim answers (100 Continue)
      start = text.indexOf("\r\n\r\n", start) + 4;
    }
    int end = text.indexOf("\r\n\r\n", start);
    assertThat(end).as("a complete answer to " + request + ": " + abbreviate(text)).isPositive();
    String[] head = text.substring(start, end).split("\r\n");
    int status = Integer.parseInt(head[0].substring(9, 12));
    String contentType = "";
    boolean chunked = false;
    for (int i = 1; i < head.length; i++) {
      String lower = head[i].toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-type:")) {
        contentType = head[i].substring(13).trim();
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    return new Answer(status, contentType, chunked ? dechunk(body) : body);
  }

  static byte[] dechunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < body.length) {
      int lineEnd = i;
      while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
        lineEnd++;
      }
      String size = new String(body, i, lineEnd - i, StandardCharsets.US_ASCII).trim();
      int n = size.isEmpty() ? 0 : Integer.parseInt(size.split(";")[0], 16);
      if (n == 0) {
        break;
      }
      out.write(body, lineEnd + 2, Math.min(n, body.length - lineEnd - 2));
      i = lineEnd + 2 + n + 2;
    }
    return out.toByteArray();
  }
}
