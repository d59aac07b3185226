package org.factdrill.classroom;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.JsonFaults;

/**
 * Class files (quiz paper, answer key, result) are read and written by Jackson data binding into
 * the records of their codecs; this class holds the one mapper, turns Jackson's faults into the
 * file, the JSON path and a reason in a person's words, and makes the canonical form a seal or a
 * digest is computed over.
 */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      // Fields a later factdrill adds are skipped, as the bank schema allows for banks.
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private static final ObjectMapper COMPACT = new ObjectMapper();

  private Json() {}

  /** The file's JSON as a tree, or its fault with line and column. */
  static JsonNode tree(String json, String file) throws ClassFileException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ClassFileException(file, "", JsonFaults.describe(e));
    }
    if (root == null || root.isMissingNode()) throw new ClassFileException(file, "", "the file is empty");
    if (!root.isObject()) throw new ClassFileException(file, "$", "expected a JSON object");
    return root;
  }

  /** The tree bound to a codec's record; a value of the wrong kind is a fault at its JSON path. */
  static <T> T bind(JsonNode tree, Class<T> type, String file) throws ClassFileException {
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JsonMappingException e) {
      throw new ClassFileException(file, path(e), reason(e));
    } catch (JsonProcessingException e) {
      throw new ClassFileException(file, "", JsonFaults.describe(e));
    } catch (IllegalArgumentException e) {
      // A record's own check (a compact constructor) refused the value.
      throw new ClassFileException(file, "$", e.getMessage());
    }
  }

  private static String path(JsonMappingException e) {
    var b = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) b.append('.').append(r.getFieldName());
      else if (r.getIndex() >= 0) b.append('[').append(r.getIndex()).append(']');
    }
    return b.toString();
  }

  /** What was expected, in the words of a JSON file (never a Java type or a Jackson class). */
  private static String reason(JsonMappingException e) {
    if (e.getCause() instanceof IllegalArgumentException iae && iae.getMessage() != null) return iae.getMessage();
    if (e instanceof InvalidFormatException f && f.getTargetType() == Instant.class) {
      return "expected a UTC time such as 2025-03-17T09:00:00Z, found \"" + f.getValue() + "\"";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) return "expected " + expected(m.getTargetType());
    return "a value of the wrong kind";
  }

  private static String expected(Class<?> type) {
    if (type == String.class) return "a string";
    if (type == Boolean.class || type == boolean.class) return "true or false";
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) return "a whole number";
    if (type == Double.class || type == double.class) return "a number";
    if (type == Instant.class) return "a UTC time such as 2025-03-17T09:00:00Z";
    if (Collection.class.isAssignableFrom(type) || type.isArray()) return "an array";
    if (Map.class.isAssignableFrom(type) || type.isRecord()) return "an object";
    return "another kind of value";
  }

  /** A required field: present and not null. */
  static <T> T need(T value, String path, String file) throws ClassFileException {
    if (value == null) {
      int dot = path.lastIndexOf('.');
      throw new ClassFileException(file, path.substring(0, Math.max(dot, 1)), "required field \"" + path.substring(dot + 1) + "\" is missing");
    }
    return value;
  }

  static <T> List<T> needList(List<T> value, String path, String file) throws ClassFileException {
    return List.copyOf(need(value, path, file));
  }

  /** Two-space indent, LF line ends, a final newline: the same model always gives the same bytes. */
  static String write(Object value) {
    try {
      var printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return MAPPER.writer(printer).writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a record of strings, numbers and lists always serialises", e);
    }
  }

  static JsonNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** Compact, keys sorted: the form a digest or a seal is computed over, whatever the file's layout. */
  static byte[] canonical(JsonNode node) {
    return canonical(node, null);
  }

  /** As {@link #canonical(JsonNode)}, leaving out one top-level field (the seal itself). */
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
