package be.dalil.trivial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Parses the request like Dalil and answers a fixed reply of Dalil's shape and size (a real
 * reply recorded once): the cost of the framework alone.
 */
@SpringBootApplication
@RestController
public class TrivialEndpoint {

  private final ObjectNode reply;
  private final JsonNode search;

  public TrivialEndpoint(ObjectMapper json) throws IOException {
    this.reply = (ObjectNode) read(json, "/reply.json");
    this.search = read(json, "/search.json");
  }

  private static JsonNode read(ObjectMapper json, String resource) throws IOException {
    try (InputStream in = TrivialEndpoint.class.getResourceAsStream(resource)) {
      return json.readTree(in);
    }
  }

  @PostMapping(path = "/api/v1/messages", produces = MediaType.APPLICATION_JSON_VALUE)
  public JsonNode message(@RequestBody JsonNode request) {
    ObjectNode answer = reply.deepCopy();
    answer.set("conversationId", request.get("conversationId"));
    return answer;
  }

  @GetMapping(path = "/api/v1/actors", produces = MediaType.APPLICATION_JSON_VALUE)
  public JsonNode actors() {
    return search;
  }

  public static void main(String[] args) {
    SpringApplication.run(TrivialEndpoint.class, args);
  }
}
