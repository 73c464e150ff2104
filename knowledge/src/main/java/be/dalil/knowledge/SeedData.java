package be.dalil.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The versioned data files shipped in the jar, and a fingerprint of their content. */
final class SeedData {

  static final String ACTOR_FILES = "data/actors/files.txt";
  static final String ANSWERS = "data/answers.json";

  final ArrayNode actors;
  final JsonNode answers;
  final String fingerprint;

  private SeedData(ArrayNode actors, JsonNode answers, String fingerprint) {
    this.actors = actors;
    this.answers = answers;
    this.fingerprint = fingerprint;
  }

  static SeedData load(ObjectMapper json) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      ArrayNode actors = json.createArrayNode();
      for (String file : actorFiles()) {
        byte[] bytes = bytes("data/actors/" + file);
        digest.update(bytes);
        JsonNode node = json.readTree(bytes);
        if (!node.isArray()) {
          throw new IllegalStateException(file + " is not a JSON array");
        }
        actors.addAll((ArrayNode) node);
      }
      byte[] answers = bytes(ANSWERS);
      digest.update(answers);
      // Coordinates come from the gazetteer, so a gazetteer change must re-seed too.
      digest.update(bytes(GazetteerFile.MUNICIPALITIES));
      return new SeedData(actors, json.readTree(answers),
          HexFormat.of().formatHex(digest.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> actorFiles() {
    List<String> files = new ArrayList<>();
    for (String line : new String(bytes(ACTOR_FILES), StandardCharsets.UTF_8).split("\n")) {
      String file = line.strip();
      if (!file.isEmpty() && !file.startsWith("#")) {
        files.add(file);
      }
    }
    return files;
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = GazetteerFile.open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
