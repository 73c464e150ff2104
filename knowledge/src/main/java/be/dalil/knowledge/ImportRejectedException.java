package be.dalil.knowledge;

import java.util.List;

/** A whole import batch was refused; nothing of it was written. */
public class ImportRejectedException extends DalilException {

  private final List<ImportProblem> problems;

  public ImportRejectedException(List<ImportProblem> problems) {
    super(ErrorCode.IMPORT_REJECTED,
        "Import rejected: " + problems.size() + " problem(s); nothing was imported.");
    this.problems = List.copyOf(problems);
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
