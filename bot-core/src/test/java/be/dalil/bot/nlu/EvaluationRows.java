package be.dalil.bot.nlu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The rows of a tab-separated evaluation set, split into columns, without its header. */
final class EvaluationRows {

  private EvaluationRows() {}

  static List<String[]> of(Path file) throws IOException {
    List<String> rows = Files.readAllLines(file);
    return rows.subList(1, rows.size()).stream().map(row -> row.split("\t")).toList();
  }
}
