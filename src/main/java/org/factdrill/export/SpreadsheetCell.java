package org.factdrill.export;

/**
 * The one rule for text put into a spreadsheet cell (every CSV and xlsx factdrill writes: the bank
 * CSV, the Kahoot sheet, the class gradebook). A spreadsheet runs a cell that starts with "=", "+",
 * "-" or "@" as a formula ({@code =HYPERLINK(...)}, {@code +cmd|' /C calc'!A0}), and a leading tab
 * or carriage return can hide such a start; OWASP's advice is to put an apostrophe in front, which
 * spreadsheets show as plain text. A cell that already starts with apostrophes before one of those
 * characters gets one more, so that {@link #unguard(String)} undoes exactly what {@link #guard}
 * did and a bank's CSV reads back unchanged.
 */
public final class SpreadsheetCell {
  private SpreadsheetCell() {}

  private static final String FORMULA_STARTS = "=+-@\t\r";

  /** The text as a cell that a spreadsheet shows and never runs. */
  public static String guard(String text) {
    return needsGuard(text) ? "'" + text : text;
  }

  /** The text a guarded cell stood for (a cell written by {@link #guard}); other cells unchanged. */
  public static String unguard(String cell) {
    return cell.startsWith("'") && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
  }

  /** Apostrophes, then a character that starts a formula. */
  private static boolean needsGuard(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') i++;
    return i < text.length() && FORMULA_STARTS.indexOf(text.charAt(i)) >= 0;
  }
}
