package org.factdrill.export;

import java.util.List;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.BankFormatException;

/** The canonical bank JSON, checked against the bank schema by {@link BankCodec}. */
public final class JsonReader implements BankReader {
  @Override
  public String name() {
    return "json";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  @Override
  public Import read(String text, String fileName) throws ImportException {
    try {
      return new Import(BankCodec.read(text.startsWith("\uFEFF") ? text.substring(1) : text, fileName), List.of());
    } catch (BankFormatException e) {
      String where = e.line() > 0 ? "line " + e.line() + ", column " + e.column() + ": " : "";
      String path = e.jsonPath() == null || e.jsonPath().isEmpty() ? "" : "at " + e.jsonPath() + ": ";
      throw new ImportException(fileName, 0, where + path + e.reason());
    }
  }
}
