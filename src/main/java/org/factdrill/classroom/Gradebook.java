package org.factdrill.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factdrill.export.SpreadsheetCell;

/**
 * The class's grades as CSV: one row per student with name, id, score, percent and one column per
 * question (its score, 1 or 0, or a fraction). RFC 4180 quoting with CRLF line ends, a UTF-8 byte
 * order mark so that spreadsheets show accented names right (Moodle's and Canvas's importers skip
 * it), and cells that a spreadsheet would run as a formula (a name starting with "=", "+", "-",
 * "@") prefixed with an apostrophe.
 */
public final class Gradebook {
  private Gradebook() {}

  public static final String BOM = "\uFEFF";

  public static String csv(ClassQuiz quiz, List<StudentResult> results) {
    var header = new ArrayList<String>(List.of("Student", "ID", "Score", "Percent"));
    for (int i = 1; i <= quiz.questions().size(); i++) header.add("Q" + i);
    var out = new StringBuilder(BOM);
    try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
      for (StudentResult r : results) {
        var row = new ArrayList<String>();
        row.add(safe(r.student().name()));
        row.add(safe(r.student().id()));
        row.add(number(r.score(), 2));
        row.add(number(r.percent(), 1));
        for (var q : quiz.questions()) row.add(number(r.response(q.id()).map(StudentResult.Response::score).orElse(0.0), 2));
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a StringBuilder does not fail", e);
    }
    return out.toString();
  }

  /** "7", "6.5", "66.7": no trailing zeros, a point as the decimal mark whatever the locale. */
  static String number(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** Keeps a spreadsheet from running a student-typed name as a formula (CSV injection): the rule every spreadsheet writer shares. */
  static String safe(String cell) {
    return SpreadsheetCell.guard(cell);
  }
}
