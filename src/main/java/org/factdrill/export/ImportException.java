package org.factdrill.export;

/** A file that cannot be imported: names the file and, when known, the line of the fault. */
public class ImportException extends Exception {
  private final int line;

  /** @param line 1-based line of the fault, or 0 when the fault is not on one line */
  public ImportException(String file, int line, String reason) {
    super(file + ": " + (line > 0 ? "line " + line + ": " : "") + reason);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
