package org.factdrill.export;

import java.util.List;

/** A format name no writer or reader answers to; the message lists the names that do. */
public class UnknownFormatException extends RuntimeException {
  public UnknownFormatException(String what, String name, List<String> known) {
    super("unknown " + what + " \"" + name + "\"; known: " + String.join(", ", known));
  }

  public UnknownFormatException(String message) {
    super(message);
  }
}
