package org.factdrill.classroom;

/**
 * A class quiz or result file that cannot be used: names the file, the JSON path of the fault and
 * the reason, so the one-line message tells a teacher exactly what is wrong.
 */
public class ClassFileException extends Exception {
  private final String file;
  private final String jsonPath;
  private final String reason;

  public ClassFileException(String file, String jsonPath, String reason) {
    super(file + ": " + (jsonPath == null || jsonPath.isEmpty() ? "" : "at " + jsonPath + ": ") + reason);
    this.file = file;
    this.jsonPath = jsonPath;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public String jsonPath() {
    return jsonPath;
  }

  public String reason() {
    return reason;
  }
}
