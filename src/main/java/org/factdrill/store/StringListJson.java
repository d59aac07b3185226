package org.factdrill.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of strings as a JSON array (how a quiz item's option order is kept), with jackson-core
 * alone: starting jackson-databind's ObjectMapper for this costs a quiz about 50 ms of start-up.
 * The text is the same as ObjectMapper writes: {@code ["a","b"]}.
 */
final class StringListJson {
  private static final JsonFactory JSON = new JsonFactory();

  private StringListJson() {}

  static String write(List<String> values) {
    var out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartArray();
      for (String v : values) g.writeString(v);
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string", e);
    }
    return out.toString();
  }

  static List<String> read(String json) throws JsonProcessingException {
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_ARRAY) throw new JsonParseException(p, "not a JSON list");
      var out = new ArrayList<String>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null || t.isStructStart()) throw new JsonParseException(p, "not a list of strings");
        out.add(t == JsonToken.VALUE_NULL ? null : p.getText());
      }
      if (p.nextToken() != null) throw new JsonParseException(p, "text after the list");
      return out;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string", e);
    }
  }
}
