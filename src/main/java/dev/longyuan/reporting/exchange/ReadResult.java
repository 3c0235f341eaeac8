package dev.longyuan.reporting.exchange;

import dev.longyuan.reporting.ValueRow;
import java.util.List;

/**
 * What a reader made of a file: the rows it could read, in file order, and the structural problems
 * it found. A row with a structural problem is not among the rows; the rows' values are still
 * unchecked.
 */
public record ReadResult(List<ValueRow> rows, List<FileProblem> problems) {

  public ReadResult {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }
}
