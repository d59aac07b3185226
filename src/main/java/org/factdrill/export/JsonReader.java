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
      // The codec's message already names the file, and the line or the JSON path.
      throw new ImportException(fileName, 0, e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
    }
  }
}
