package org.imrengine.report;

import java.util.List;

/** Aligns rows of cells into a plain-text table. */
final class Columns {
  private static final String GAP = "  ";

  private Columns() {}

  /**
   * The rows as lines, each column padded to its widest cell and separated by two spaces; the last
   * column is not padded, so no line has trailing spaces. Every row has the same number of cells.
   */
  static String align(List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        out.append(cell);
        if (c < columns - 1) {
          out.append(" ".repeat(widths[c] - cell.length())).append(GAP);
        }
      }
      out.append('\n');
    }
    return out.toString();
  }
}
