package be.dalil.bot.nlu;

import be.dalil.i18n.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A tool, not a test: removes from the training files the lines that are (nearly) a dev or test
 * line, and from the dev files those that are (nearly) a test line, as {@link CorpusOverlapTest}
 * defines it; the frozen test set is never changed. {@code CorpusDedup <train> <dev> <test>}.
 */
public final class CorpusDedup {

  private CorpusDedup() {}

  public static void main(String[] args) throws IOException {
    Path train = Path.of(args[0]);
    Path dev = Path.of(args[1]);
    List<Utterance> test = NluCorpus.readDirectory(Path.of(args[2]));
    List<Utterance> devLines = NluCorpus.readDirectory(dev);
    int removedDev = dedup(dev, test);
    List<Utterance> held = new ArrayList<>(test);
    held.addAll(NluCorpus.readDirectory(dev));
    int removedTrain = dedup(train, held);
    System.out.printf("removed %d dev lines and %d training lines (dev had %d)%n", removedDev,
        removedTrain, devLines.size());
  }

  /** Rewrites every file of {@code directory} without the lines that overlap {@code others}. */
  private static int dedup(Path directory, List<Utterance> others) throws IOException {
    int removed = 0;
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> kept = new ArrayList<>();
        kept.add(lines.get(0));
        Set<String> seen = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
          String[] cols = line.split("\t", -1);
          if (cols.length != 3) {
            kept.add(line);
            continue;
          }
          Utterance u = new Utterance(null, null, cols[2], "");
          String key = String.join(" ", TextNormalizer.tokens(cols[2]));
          if (!seen.add(key) || !CorpusOverlapTest.overlaps(others, List.of(u)).isEmpty()) {
            removed++;
            continue;
          }
          kept.add(line);
        }
        Files.write(file, kept, StandardCharsets.UTF_8);
      }
    }
    return removed;
  }
}
