package org.factdrill.bank;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bank file onto {@link BankFile}'s records straight from Jackson's token stream, field by
 * field. It does what jackson-jr's record mapping did, in about half the time: on a quiz's start-up
 * with a 100,000-question bank, mapping by reflection was a third of the work (BENCHMARKS.md,
 * "quiz"). Like that mapping, it skips fields it does not know (the schema allows none, but a
 * newer writer may add some), reads a missing field or a JSON null as null, and fails on a value of
 * the wrong shape; the schema check, when it runs, has already named such faults precisely.
 */
final class BankFileReader {
  private static final JsonFactory JSON = new JsonFactory();

  private BankFileReader() {}

  /** The bank in {@code utf8}, or null for a file holding only JSON null. */
  static BankFile read(byte[] utf8) throws IOException {
    try (JsonParser p = JSON.createParser(utf8)) {
      return read(p);
    }
  }

  /** As {@link #read(byte[])}, from text. */
  static BankFile read(String json) throws IOException {
    try (JsonParser p = JSON.createParser(json)) {
      return read(p);
    }
  }

  private static BankFile read(JsonParser p) throws IOException {
    {
      JsonToken first = p.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) return null;
      BankFile bank = bank(p);
      if (p.nextToken() != null) throw new WrongShape(p, "more JSON after the bank's closing brace");
      return bank;
    }
  }

  private static BankFile bank(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT, "the bank is a JSON object");
    Integer schemaVersion = null;
    String id = null;
    String title = null;
    BankFile.Article article = null;
    List<BankFile.QuestionFile> questions = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "schemaVersion" -> schemaVersion = integer(p);
        case "id" -> id = string(p);
        case "title" -> title = string(p);
        case "article" -> article = p.currentToken() == JsonToken.VALUE_NULL ? null : article(p);
        case "questions" -> questions = list(p, BankFileReader::question);
        default -> p.skipChildren();
      }
    }
    return new BankFile(schemaVersion, id, title, article, questions);
  }

  private static BankFile.Article article(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT, "\"article\" is a JSON object");
    String path = null;
    String sha256 = null;
    List<String> sentences = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "path" -> path = string(p);
        case "sha256" -> sha256 = string(p);
        case "sentences" -> sentences = list(p, BankFileReader::string);
        default -> p.skipChildren();
      }
    }
    return new BankFile.Article(path, sha256, sentences);
  }

  private static BankFile.QuestionFile question(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) return null;
    expect(p, JsonToken.START_OBJECT, "a question is a JSON object");
    String id = null, type = null, prompt = null, answer = null, kind = null, fact = null;
    List<String> answers = null, accept = null, choices = null;
    List<BankFile.Pair> pairs = null;
    BankFile.Source source = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> id = string(p);
        case "type" -> type = string(p);
        case "prompt" -> prompt = string(p);
        case "answer" -> answer = string(p);
        case "answers" -> answers = list(p, BankFileReader::string);
        case "pairs" -> pairs = list(p, BankFileReader::pair);
        case "accept" -> accept = list(p, BankFileReader::string);
        case "choices" -> choices = list(p, BankFileReader::string);
        case "kind" -> kind = string(p);
        case "source" -> source = p.currentToken() == JsonToken.VALUE_NULL ? null : source(p);
        case "fact" -> fact = string(p);
        default -> p.skipChildren();
      }
    }
    return new BankFile.QuestionFile(id, type, prompt, answer, answers, pairs, accept, choices, kind, source, fact);
  }

  private static BankFile.Pair pair(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) return null;
    expect(p, JsonToken.START_OBJECT, "a pair is a JSON object");
    String left = null;
    String right = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "left" -> left = string(p);
        case "right" -> right = string(p);
        default -> p.skipChildren();
      }
    }
    return new BankFile.Pair(left, right);
  }

  private static BankFile.Source source(JsonParser p) throws IOException {
    expect(p, JsonToken.START_OBJECT, "\"source\" is a JSON object");
    Integer sentence = null;
    String text = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "sentence" -> sentence = integer(p);
        case "text" -> text = string(p);
        default -> p.skipChildren();
      }
    }
    return new BankFile.Source(sentence, text);
  }

  /** A value of the wrong shape for a bank file, said in a user's words (the message is the reason). */
  static final class WrongShape extends JsonParseException {
    WrongShape(JsonParser p, String reason) {
      super(p, reason);
    }
  }

  /** One value read at the parser's current token. */
  private interface Item<T> {
    T read(JsonParser p) throws IOException;
  }

  private static <T> List<T> list(JsonParser p, Item<T> item) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) return null;
    expect(p, JsonToken.START_ARRAY, "\"" + p.currentName() + "\" is a JSON array");
    var out = new ArrayList<T>();
    while (p.nextToken() != JsonToken.END_ARRAY) out.add(item.read(p));
    return out;
  }

  private static String string(JsonParser p) throws IOException {
    return switch (p.currentToken()) {
      case VALUE_STRING -> p.getText();
      case VALUE_NULL -> null;
      default -> throw new WrongShape(p, "expected a string, found " + found(p));
    };
  }

  private static Integer integer(JsonParser p) throws IOException {
    return switch (p.currentToken()) {
      case VALUE_NUMBER_INT -> p.getIntValue();
      case VALUE_NULL -> null;
      default -> throw new WrongShape(p, "expected a whole number, found " + found(p));
    };
  }

  private static void expect(JsonParser p, JsonToken token, String what) throws IOException {
    if (p.currentToken() != token) throw new WrongShape(p, what + ", found " + found(p));
  }

  /** The current value's shape, in the words a person fixing the file would use. */
  private static String found(JsonParser p) {
    return switch (p.currentToken()) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> String.valueOf(p.currentToken());
    };
  }
}
