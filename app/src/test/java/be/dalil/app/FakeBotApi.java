package be.dalil.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Bot-API-compatible HTTP server for tests: serves getMe and getUpdates (from a queue the test
 * fills), accepts setMyCommands and webhook calls, and records every sendMessage and
 * answerCallbackQuery. It can answer 429 with retry_after to the next sendMessage calls.
 */
final class FakeBotApi implements AutoCloseable {

  /** A recorded call: the method name, its JSON parameters and when it arrived. */
  record Call(String method, JsonNode params, long atMillis) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  private final BlockingQueue<JsonNode> pendingUpdates = new LinkedBlockingQueue<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final java.util.Map<Long, AtomicInteger> tooManyRequests =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final AtomicInteger messageIds = new AtomicInteger(100);
  private volatile int retryAfterSeconds = 1;
  private final java.util.Map<Long, AtomicInteger> serverErrors =
      new java.util.concurrent.ConcurrentHashMap<>();

  FakeBotApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server on a free port; for a test class's static field. */
  static FakeBotApi start() {
    try {
      return new FakeBotApi();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Queues an update for the bot's next getUpdates. */
  void push(JsonNode update) {
    pendingUpdates.add(update);
  }

  /** The next {@code count} sendMessage calls to a chat answer 429 with retry_after. */
  void throttleNext(long chatId, int count, int retryAfter) {
    retryAfterSeconds = retryAfter;
    tooManyRequests.put(chatId, new AtomicInteger(count));
  }

  /** The next {@code count} sendMessage calls to a chat fail with 502, as a broken proxy does. */
  void failNext(long chatId, int count) {
    serverErrors.put(chatId, new AtomicInteger(count));
  }

  List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
  }

  List<Call> callsTo(String method, long chatId) {
    return calls(method).stream().filter(c -> c.params().path("chat_id").asLong() == chatId)
        .toList();
  }

  /** Waits until a call matching the predicate has arrived. */
  List<Call> await(String method, Predicate<List<Call>> done, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<Call> current = calls(method);
      if (done.test(current)) {
        return current;
      }
      Thread.sleep(50);
    }
    return calls(method);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    // Bot API method names are case-insensitive (the client sends "getupdates").
    String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    byte[] body = exchange.getRequestBody().readAllBytes();
    JsonNode params = parse(body, exchange.getRequestHeaders().getFirst("Content-Type"));
    ObjectNode response = JSON.createObjectNode();
    int status = 200;
    switch (method) {
      case "getme" -> response.put("ok", true).set("result", JSON.createObjectNode()
          .put("id", 4242).put("is_bot", true).put("first_name", "Dalil")
          .put("username", "dalil_test_bot"));
      case "getupdates" -> response.put("ok", true).set("result", nextUpdates());
      case "sendmessage" -> {
        calls.add(new Call(method, params, System.currentTimeMillis()));
        status = sendMessage(params, response);
      }
      default -> {
        calls.add(new Call(method, params, System.currentTimeMillis()));
        response.put("ok", true).put("result", true);
      }
    }
    byte[] out = JSON.writeValueAsBytes(response);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, out.length);
    try (OutputStream stream = exchange.getResponseBody()) {
      stream.write(out);
    }
  }

  /** Long polling: waits briefly for the first queued update, then takes all that are queued. */
  private ArrayNode nextUpdates() {
    ArrayNode result = JSON.createArrayNode();
    try {
      JsonNode first = pendingUpdates.poll(300, TimeUnit.MILLISECONDS);
      if (first != null) {
        result.add(first);
        List<JsonNode> rest = new ArrayList<>();
        pendingUpdates.drainTo(rest);
        rest.forEach(result::add);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return result;
  }

  /** Answers sendMessage: a queued 502 or 429 for this chat, else the sent message. */
  private int sendMessage(JsonNode params, ObjectNode response) {
    long chatId = params.path("chat_id").asLong();
    AtomicInteger failures = serverErrors.get(chatId);
    if (failures != null && failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      response.put("ok", false).put("error_code", 502).put("description", "Bad Gateway");
      return 502;
    }
    if (tooManyRequests.getOrDefault(chatId, new AtomicInteger())
        .getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      response.put("ok", false).put("error_code", 429)
          .put("description", "Too Many Requests: retry after " + retryAfterSeconds)
          .set("parameters", JSON.createObjectNode().put("retry_after", retryAfterSeconds));
      return 429;
    }
    response.put("ok", true).set("result", JSON.createObjectNode()
        .put("message_id", messageIds.incrementAndGet())
        .put("date", System.currentTimeMillis() / 1000)
        .put("text", params.path("text").asText())
        .set("chat", JSON.createObjectNode().put("id", chatId).put("type", "private")));
    return 200;
  }


  private static JsonNode parse(byte[] body, String contentType) throws IOException {
    if (body.length == 0) {
      return JSON.createObjectNode();
    }
    if (contentType != null && contentType.contains("json")) {
      return JSON.readTree(body);
    }
    ObjectNode node = JSON.createObjectNode();
    if (contentType != null && contentType.contains("multipart/form-data")) {
      // Parts look like: Content-Disposition: form-data; name="url" <blank line> value
      String text = new String(body, StandardCharsets.UTF_8);
      java.util.regex.Matcher part = java.util.regex.Pattern
          .compile("name=\"([^\"]+)\"[^\\r\\n]*\\r?\\n(?:[^\\r\\n]+\\r?\\n)*\\r?\\n(.*?)\\r?\\n--",
              java.util.regex.Pattern.DOTALL)
          .matcher(text);
      while (part.find()) {
        node.put(part.group(1), part.group(2));
      }
      return node;
    }
    // Form-encoded: decode key=value pairs.
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2) {
        node.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
            URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
      }
    }
    return node;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
