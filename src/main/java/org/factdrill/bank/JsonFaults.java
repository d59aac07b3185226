package org.factdrill.bank;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * A JSON syntax fault in a person's words: where it is and what was expected, never the name of
 * the parser's classes or settings (Jackson's own text for a limit names "StreamReadConstraints").
 */
public final class JsonFaults {
  private JsonFaults() {}

  public static String describe(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    if (e instanceof StreamConstraintsException) {
      return where + "not a factdrill file (nested too deeply, or a number or text too long, to be one)";
    }
    String m = e.getOriginalMessage();
    // Jackson sometimes appends a hint naming its own features ("... (for Object starting at ...)" is fine; "Feature" names are not).
    int hint = m == null ? -1 : m.indexOf("; enable ");
    if (hint < 0 && m != null) hint = m.indexOf(" (JsonReadFeature");
    if (hint >= 0) m = m.substring(0, hint);
    return where + "not valid JSON (" + (m == null ? "malformed" : m.strip()) + ")";
  }
}
