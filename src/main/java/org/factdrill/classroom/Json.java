package org.factdrill.classroom;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;

/** Reading helpers that fail with the JSON path of the fault, and the canonical writer. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private static final ObjectMapper COMPACT = new ObjectMapper()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private Json() {}

  static JsonNode parse(String json, String file) throws ClassFileException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (StreamConstraintsException e) {
      // Jackson's own words name its settings class: say what is wrong with the file instead.
      throw new ClassFileException(file, "", "not a class file (nested too deeply, or a text too long, to be one)");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
      throw new ClassFileException(file, "", where + "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || root.isMissingNode()) throw new ClassFileException(file, "", "the file is empty");
    if (!root.isObject()) throw new ClassFileException(file, "$", "expected a JSON object");
    return root;
  }

  static JsonNode field(JsonNode parent, String name, String path, String file) throws ClassFileException {
    JsonNode n = parent.get(name);
    if (n == null || n.isNull()) throw new ClassFileException(file, path, "required field \"" + name + "\" is missing");
    return n;
  }

  static String text(JsonNode parent, String name, String path, String file) throws ClassFileException {
    JsonNode n = field(parent, name, path, file);
    if (!n.isTextual()) throw new ClassFileException(file, path + "." + name, "expected a string, found " + n.getNodeType().name().toLowerCase());
    return n.asText();
  }

  static String optionalText(JsonNode parent, String name, String path, String file) throws ClassFileException {
    JsonNode n = parent.get(name);
    if (n == null || n.isNull()) return "";
    if (!n.isTextual()) throw new ClassFileException(file, path + "." + name, "expected a string, found " + n.getNodeType().name().toLowerCase());
    return n.asText();
  }

  static boolean bool(JsonNode parent, String name, String path, String file) throws ClassFileException {
    JsonNode n = field(parent, name, path, file);
    if (!n.isBoolean()) throw new ClassFileException(file, path + "." + name, "expected true or false, found " + n);
    return n.asBoolean();
  }

  static int integer(JsonNode parent, String name, String path, String file) throws ClassFileException {
    JsonNode n = field(parent, name, path, file);
    if (!n.isIntegralNumber() || !n.canConvertToInt()) throw new ClassFileException(file, path + "." + name, "expected a whole number, found " + n);
    return n.asInt();
  }

  static double number(JsonNode parent, String name, String path, String file) throws ClassFileException {
    JsonNode n = field(parent, name, path, file);
    if (!n.isNumber()) throw new ClassFileException(file, path + "." + name, "expected a number, found " + n);
    return n.asDouble();
  }

  static Instant instant(JsonNode parent, String name, String path, String file) throws ClassFileException {
    String s = text(parent, name, path, file);
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new ClassFileException(file, path + "." + name, "expected a UTC time such as 2025-03-17T09:00:00Z, found \"" + s + "\"");
    }
  }

  static JsonNode array(JsonNode parent, String name, String path, String file) throws ClassFileException {
    JsonNode n = field(parent, name, path, file);
    if (!n.isArray()) throw new ClassFileException(file, path + "." + name, "expected an array");
    return n;
  }

  /** Two-space indent, LF line ends, a final newline: the same model always gives the same bytes. */
  static String write(ObjectNode root) {
    try {
      var printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }

  /** Compact, keys sorted: the form a checksum is computed over, whatever the file's layout. */
  static byte[] canonical(JsonNode node) {
    return canonical(node, null);
  }

  /** As {@link #canonical(JsonNode)}, leaving out one top-level field (the checksum itself). */
  static byte[] canonical(JsonNode node, String skipTopLevelField) {
    var bytes = new java.io.ByteArrayOutputStream(4096);
    try (JsonGenerator g = COMPACT.getFactory().createGenerator(bytes)) {
      writeSorted(g, node, skipTopLevelField);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("writing to memory does not fail", e);
    }
    return bytes.toByteArray();
  }

  private static void writeSorted(JsonGenerator g, JsonNode node, String skip) throws java.io.IOException {
    if (node.isObject()) {
      var names = new java.util.ArrayList<String>();
      node.fieldNames().forEachRemaining(names::add);
      java.util.Collections.sort(names);
      g.writeStartObject();
      for (String name : names) {
        if (name.equals(skip)) continue;
        g.writeFieldName(name);
        writeSorted(g, node.get(name), null);
      }
      g.writeEndObject();
    } else if (node.isArray()) {
      g.writeStartArray();
      for (JsonNode item : node) writeSorted(g, item, null);
      g.writeEndArray();
    } else {
      COMPACT.writeTree(g, node);
    }
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static String sha256Hex(String text) {
    return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }
}
