package be.dalil.bot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures kept as files under {@code src/test/resources}. */
public final class Fixtures {

  private Fixtures() {}

  /** The rows of a tab-separated file, without blank lines and {@code #} comments. */
  public static List<List<String>> tsv(String resource) throws IOException {
    InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing test resource " + resource);
    }
    List<List<String>> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(List.of(line.split("\t", -1)));
        }
      }
    }
    return rows;
  }
}
