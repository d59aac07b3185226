package org.factdrill.bank;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a bank file, in a user's words: the JSON parser's and the schema validator's
 * findings turned into "expected ..., found ...", placed at a line and column of the file. Only the
 * words are made here; finding the faults is {@link BankCodec}'s.
 */
final class BankFaults {
  private BankFaults() {}

  private static final JsonFactory TOKENS = new JsonFactory();

  /** A JSON syntax error, at the line and column the parser stopped, with the path it had reached. */
  static BankFormatException syntax(String file, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    String path = e.getProcessor() instanceof JsonParser p ? path(p.getParsingContext()) : "";
    return new BankFormatException(file, line, column, "$".equals(path) ? "" : path, syntaxReason(e));
  }

  private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('.*?' \\(code (\\d+)[^)]*\\)\\)(:?.*)", Pattern.DOTALL);
  private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '([^']*)'.*", Pattern.DOTALL);
  private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*", Pattern.DOTALL);

  static String syntaxReason(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      // Jackson's own words for its limits name its settings
      return "not a factdrill file (nested too deeply, or a number or text too long, to be one)";
    }
    String said = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof BankFileReader.WrongShape) return said; // already in a user's words
    if (e instanceof JsonEOFException || said.startsWith("Unexpected end-of-input")) {
      return "the file ends before the JSON is complete (was it cut short, or is a } or ] missing?)";
    }
    Matcher m = UNEXPECTED.matcher(said);
    if (m.matches()) {
      int code = Integer.parseInt(m.group(1));
      String found = character(code);
      String expecting = m.group(2);
      if (code == 0xFEFF) return "the file starts with a byte-order mark; save it as UTF-8 without one";
      if (expecting.contains("comma to separate Object entries")) return "expected a comma between two fields, found " + found;
      if (expecting.contains("comma to separate Array entries")) return "expected a comma between two items of a list, found " + found;
      if (expecting.contains("double-quote to start field name")) {
        if (code == '}') return "expected another field after the comma, found } (a comma too many?)";
        if (code == '\'') return "expected a field name in double quotes, found a single quote";
        if (code == ',') return "expected a field name in double quotes, found a second comma";
        return "expected a field name in double quotes, found " + found;
      }
      if (expecting.contains("colon to separate field")) return "expected a colon (:) after the field name, found " + found;
      if (code == ']') return "expected another item after the comma, found ] (a comma too many?)";
      if (code == '\'') return "expected a value, found a single quote (JSON text is in double quotes)";
      return "expected a value (text in double quotes, a number, true, false, null, an object or a list), found " + found;
    }
    m = UNRECOGNIZED.matcher(said);
    if (m.matches()) return "expected a value, found the word '" + cut(m.group(1), 30) + "' (text must be in double quotes)";
    m = CLOSE.matcher(said);
    if (m.matches()) return "expected " + m.group(2) + " to close what was opened, found " + m.group(1);
    if (said.startsWith("Illegal unquoted character")) return "a line break or control character inside text: write it as \\n";
    if (said.startsWith("Unrecognized character escape")) return "a backslash inside text that starts no escape: write it as \\\\";
    if (said.contains("UTF-8") || said.contains("UTF8")) return "not UTF-8 text";
    if (said.startsWith("Numeric value")) return "a number too large";
    return "not valid JSON";
  }

  private static String character(int code) {
    return switch (code) {
      case '\n', '\r' -> "a line break";
      case '\t' -> "a tab";
      case ' ' -> "a space";
      case '"' -> "a double quote (\")";
      default -> Character.isISOControl(code) ? "control character " + code : "'" + new String(Character.toChars(code)) + "'";
    };
  }

  /** The path of the parser's place, in the $.questions[3].answer form the schema faults use. */
  private static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    return "$" + String.join("", parts);
  }

  /** What the schema validator found, in plain words: what was expected and what is there instead. */
  static String schemaReason(ValidationMessage m) {
    JsonNode schema = m.getSchemaNode();
    JsonNode found = m.getInstanceNode();
    String type = m.getType() == null ? "" : m.getType();
    switch (type) {
      case "type":
        if (schema != null && schema.isTextual()) return "expected " + typeName(schema.asText()) + ", found " + describe(found);
        break;
      case "required":
        if (m.getProperty() != null) return "expected a field \"" + m.getProperty() + "\"; there is none";
        break;
      case "pattern":
        if (schema != null && schema.isTextual()) return "expected " + PATTERNS.getOrDefault(schema.asText(), "text matching " + schema.asText()) + ", found " + describe(found);
        break;
      case "enum":
        if (schema != null && schema.isArray()) {
          var names = new ArrayList<String>();
          schema.forEach(v -> names.add(v.asText()));
          return "expected one of " + String.join(", ", names) + "; found " + describe(found);
        }
        break;
      case "const":
        if (schema != null) return "expected " + schema + ", found " + describe(found);
        break;
      case "minItems":
        if (schema != null && found != null) return "expected at least " + schema.asInt() + " items, found " + found.size();
        break;
      case "minLength":
        return "expected text that is not empty";
      case "minimum":
        if (schema != null) return "expected a number of at least " + schema.asText() + ", found " + describe(found);
        break;
      default:
        break;
    }
    // Another rule of the schema: the validator's own words, without the path it starts with.
    String message = m.getMessage();
    String local = m.getInstanceLocation().toString();
    int colon = message.indexOf(": ");
    return colon >= 0 && message.startsWith(local) ? message.substring(colon + 2) : message;
  }

  /** The bank schema's patterns, said as what they ask for. */
  private static final Map<String, String> PATTERNS = Map.of(
      "^q-[0-9a-f]{8}$", "a question id: \"q-\" and 8 hex digits (0-9, a-f)",
      "^[a-z0-9]+(-[a-z0-9]+)*$", "a bank id of lower-case letters and digits, joined by single hyphens",
      "^([0-9a-f]{64})?$", "a SHA-256 digest (64 hex digits) or nothing",
      "\\S", "text that is not blank");

  private static String typeName(String schemaType) {
    return switch (schemaType) {
      case "string" -> "text";
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      case "object" -> "an object ({...})";
      case "array" -> "a list ([...])";
      case "null" -> "null";
      default -> schemaType;
    };
  }

  private static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) return "nothing";
    if (value.isTextual()) return "\"" + cut(value.asText(), 40) + "\"";
    if (value.isNumber()) return "the number " + value.asText();
    if (value.isBoolean()) return value.asText();
    if (value.isNull()) return "null";
    if (value.isArray()) return "a list of " + value.size() + (value.size() == 1 ? " item" : " items");
    return "an object";
  }

  private static String cut(String text, int max) {
    String one = text.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }

  /**
   * The same fault, placed at the line and column where the value at its JSON path starts in
   * {@code json} (for a field that is missing, the object that should hold it). Found by reading
   * the file's tokens again: only done once a fault is found, so a valid bank never pays for it.
   */
  static BankFormatException located(BankFormatException fault, String json) {
    if (fault.line() > 0 || fault.jsonPath() == null || fault.jsonPath().isEmpty()) return fault;
    JsonLocation at = locate(json, fault.jsonPath());
    if (at == null) return fault;
    return new BankFormatException(fault.file(), at.getLineNr(), at.getColumnNr(), fault.jsonPath(), fault.reason());
  }

  /** Where the value at a path like {@code $.questions[2].choices} starts, or null. */
  static JsonLocation locate(String json, String jsonPath) {
    try (JsonParser p = TOKENS.createParser(json)) {
      List<String> path = new ArrayList<>();
      Deque<int[]> arrays = new ArrayDeque<>();
      Deque<Boolean> inArray = new ArrayDeque<>();
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME) {
          path.set(path.size() - 1, "." + p.currentName());
          continue;
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          path.remove(path.size() - 1);
          if (inArray.pop()) arrays.pop();
          continue;
        }
        // a value: first count it when it is an item of a list
        if (!inArray.isEmpty() && inArray.peek()) {
          int index = ++arrays.peek()[0];
          path.set(path.size() - 1, "[" + index + "]");
        }
        if (("$" + String.join("", path)).equals(jsonPath)) return p.currentTokenLocation();
        if (t == JsonToken.START_OBJECT) {
          path.add("");
          inArray.push(false);
        } else if (t == JsonToken.START_ARRAY) {
          path.add("");
          inArray.push(true);
          arrays.push(new int[] {-1});
        }
      }
    } catch (IOException | RuntimeException e) {
      // text that cannot be read again says nothing more about where: the fault keeps its path
    }
    return null;
  }
}
