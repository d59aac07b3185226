package org.factdrill.bank;

/**
 * A bank file that cannot be used: names the file, where in it (line and column, when known) the
 * fault is, its JSON path and what was expected, so the one-line message tells a user exactly what
 * to fix. Reasons are in plain words: see {@link BankFaults}.
 */
public class BankFormatException extends Exception {
  private final String file;
  private final int line;
  private final int column;
  private final String jsonPath;
  private final String reason;

  public BankFormatException(String file, String jsonPath, String reason) {
    this(file, 0, 0, jsonPath, reason);
  }

  /** With the line and column (from 1) of the fault in the file; 0 when not known. */
  public BankFormatException(String file, int line, int column, String jsonPath, String reason) {
    super(file + ": " + (line > 0 ? "line " + line + ", column " + column + ": " : "")
        + (jsonPath == null || jsonPath.isEmpty() ? "" : "at " + jsonPath + ": ") + reason);
    this.file = file;
    this.line = line;
    this.column = column;
    this.jsonPath = jsonPath;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  /** The line of the fault, from 1; 0 when not known. */
  public int line() {
    return line;
  }

  /** The column of the fault, from 1, in characters; 0 when not known. */
  public int column() {
    return column;
  }

  public String jsonPath() {
    return jsonPath;
  }

  public String reason() {
    return reason;
  }
}
