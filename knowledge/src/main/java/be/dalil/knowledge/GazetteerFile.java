package be.dalil.knowledge;

import be.dalil.i18n.Language;
import be.dalil.i18n.TextNormalizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the versioned gazetteer files from the classpath. */
final class GazetteerFile {

  static final String MUNICIPALITIES = "data/gazetteer/municipalities.json";
  static final String AMBIGUOUS = "data/gazetteer/ambiguous-names.txt";
  static final String LOCATIVES = "data/gazetteer/locatives.txt";
  static final String NOT_MISSPELLINGS = "data/gazetteer/not-misspellings.txt";

  private GazetteerFile() {}

  static PlaceResolver load(ObjectMapper json) {
    return new PlaceResolver(municipalities(json, MUNICIPALITIES), words(AMBIGUOUS),
        words(LOCATIVES), words(NOT_MISSPELLINGS));
  }

  static List<Municipality> municipalities(ObjectMapper json, String resource) {
    try (InputStream in = open(resource)) {
      JsonNode root = json.readTree(in);
      List<Municipality> list = new ArrayList<>();
      for (JsonNode node : root.path("municipalities")) {
        Map<Language, String> names = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
          String name = node.path("names").path(language.code()).asText("");
          if (!name.isBlank()) {
            names.put(language, name);
          }
        }
        List<String> aliases = new ArrayList<>();
        node.path("aliases").forEach(a -> aliases.add(a.asText()));
        List<String> postcodes = new ArrayList<>();
        node.path("postcodes").forEach(p -> postcodes.add(p.asText()));
        String partOf = node.path("partOf").asText("");
        String mergedInto = node.path("mergedInto").asText("");
        list.add(new Municipality(
            node.path("id").asText(),
            node.path("nis").asText(""),
            Region.fromId(node.path("region").asText())
                .orElseThrow(() -> new IllegalStateException("bad region in " + node)),
            node.path("province").asText(""),
            "district".equals(node.path("kind").asText("municipality")),
            partOf.isBlank() ? Optional.empty() : Optional.of(partOf),
            mergedInto.isBlank() ? Optional.empty() : Optional.of(mergedInto),
            new LocalizedText(names),
            aliases,
            postcodes,
            new GeoPoint(node.path("lat").asDouble(), node.path("lon").asDouble())));
      }
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static Set<String> words(String resource) {
    Set<String> words = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(TextNormalizer.normalize(word).replace(" ", ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return words;
  }

  static InputStream open(String resource) {
    InputStream in = GazetteerFile.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    return in;
  }
}
