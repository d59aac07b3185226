package org.factdrill.bank;

/**
 * A bank file that cannot be used: names the file, the JSON path of the fault and the reason, so
 * the one-line message tells a user exactly what to fix.
 */
public class BankFormatException extends Exception {
  private final String file;
  private final String jsonPath;
  private final String reason;

  public BankFormatException(String file, String jsonPath, String reason) {
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
