package be.dalil.bot.nlu;

import be.dalil.i18n.Language;
import be.dalil.knowledge.Topic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the TSV corpus files ({@code <lang>-<variant>.tsv} or {@code mixed.tsv}, header
 * {@code lang<TAB>intent<TAB>text}). Any malformed line fails loudly with its file and line number.
 */
public final class NluCorpus {

  static final String HEADER = "lang\tintent\ttext";

  private NluCorpus() {}

  public static List<Utterance> readDirectory(Path directory) {
    List<Utterance> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
        all.addAll(readFile(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  public static List<Utterance> readFile(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Utterance> parse(String fileName, List<String> lines) {
    String base = fileName.replaceFirst("\\.tsv$", "");
    String variant = base.contains("-") ? base.substring(base.indexOf('-') + 1) : base;
    if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").equals(HEADER)) {
      throw new IllegalArgumentException(fileName + ": first line must be '" + HEADER + "'");
    }
    List<Utterance> out = new ArrayList<>(lines.size());
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      int number = i + 1;
      if (cols.length != 3 || cols[2].isBlank()) {
        throw new IllegalArgumentException(fileName + ":" + number + ": expected 3 columns");
      }
      Language language = Language.fromCode(cols[0]).orElseThrow(() ->
          new IllegalArgumentException(fileName + ":" + number + ": unknown lang " + cols[0]));
      Topic intent = Topic.fromId(cols[1]).orElseThrow(() ->
          new IllegalArgumentException(fileName + ":" + number + ": unknown intent " + cols[1]));
      out.add(new Utterance(language, intent, cols[2].strip(), variant));
    }
    return out;
  }
}
