package org.factdrill.bank;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A JSON syntax fault in a person's words: where it is and what was expected, never the name of
 * the parser's classes or settings (Jackson's own text for a limit names "StreamReadConstraints").
 */
public final class JsonFaults {
  private JsonFaults() {}

  public static String describe(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    return where + BankFaults.syntaxReason(e);
  }
}
