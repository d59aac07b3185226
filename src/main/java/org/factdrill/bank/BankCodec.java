package org.factdrill.bank;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionType;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.factdrill.questions.TrueFalse;

/**
 * Bank JSON to model and back. Reading validates against the bank JSON Schema first, then builds
 * the immutable questions; any fault is a {@link BankFormatException} with file, JSON path and
 * reason, and nothing half-read is returned. Writing is deterministic: same bank, same bytes.
 *
 * <p>The questions are built from a stream of JSON tokens (jackson-core alone), not from the
 * object-mapping layer: a quiz's start-up then loads neither jackson-databind nor the schema
 * validator when the bank is already known to be valid ({@link #readValidated}). The tree and the
 * schema validator are loaded only when a bank is validated or written.
 */
public final class BankCodec {

  public static final String SCHEMA_RESOURCE = "/org/factdrill/bank/bank.schema.json";

  private static final JsonFactory TOKENS = new JsonFactory();
  private static volatile Schemas schemas;

  private BankCodec() {}

  /** jackson-databind, loaded on first use only (it costs a tenth of a second to start). */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** The bank JSON Schema, as text. */
  public static String schemaText() {
    try (InputStream in = BankCodec.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The schema split in two, both made from the one schema file: the bank without its questions,
   * and one question. Validating questions one by one, in parallel, is several times faster on a
   * large bank than one pass over the whole document, and a fault still gets its full JSON path.
   */
  private record Schemas(JsonSchema shell, JsonSchema question) {}

  private static Schemas schemas() {
    if (schemas == null) {
      synchronized (BankCodec.class) {
        if (schemas == null) {
          try {
            ObjectNode full = (ObjectNode) Mapper.MAPPER.readTree(schemaText());
            ObjectNode shell = full.deepCopy();
            ((ObjectNode) shell.path("properties").path("questions")).remove("items");
            ObjectNode question = Mapper.MAPPER.createObjectNode();
            question.set("$schema", full.get("$schema"));
            question.set("$defs", full.get("$defs"));
            question.put("$ref", "#/$defs/question");
            var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            var config = SchemaValidatorsConfig.builder().pathType(PathType.LEGACY).build();
            schemas = new Schemas(factory.getSchema(shell, config), factory.getSchema(question, config));
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("the packaged bank schema is not JSON", e);
          }
        }
      }
    }
    return schemas;
  }

  /** Validates the bank against the schema, then builds it. */
  public static QuestionBank read(String json, String file) throws BankFormatException {
    JsonNode root = validatedTree(json, file);
    try (JsonParser tokens = Mapper.MAPPER.treeAsTokens(root)) {
      return fromTokens(tokens, file);
    } catch (BankFormatException e) {
      throw BankFaults.located(e, json);
    } catch (IOException e) {
      throw new UncheckedIOException("reading a tree in memory", e);
    }
  }

  /**
   * Checks the bank against the schema (JSON syntax, then the schema), without building it: for a
   * caller that built the bank with {@link #readValidated} at the same time and may use it only
   * once this returns.
   */
  public static void validate(String json, String file) throws BankFormatException {
    validatedTree(json, file);
  }

  /**
   * As {@link #validate(String, String)}, on the bytes of a file already known to be UTF-8: the tree
   * is read from the bytes, which on a large bank saves making one string of the whole file. A JSON
   * syntax error is located on the text, as it always was (a column counts characters, not bytes).
   */
  public static void validate(byte[] utf8, String file) throws BankFormatException {
    JsonNode root;
    try {
      root = Mapper.MAPPER.readTree(utf8);
    } catch (JsonProcessingException e) {
      validatedTree(new String(utf8, java.nio.charset.StandardCharsets.UTF_8), file);
      throw new IllegalStateException("the same JSON read as bytes failed and as text passed", e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading bytes in memory", e);
    }
    if (root == null || root.isMissingNode()) throw new BankFormatException(file, "", "the file is empty");
    try {
      validate(root, file);
    } catch (BankFormatException e) {
      throw BankFaults.located(e, new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /**
   * Builds a bank from bytes already known to satisfy the schema (the same bytes, by SHA-256,
   * passed {@link #validate} before), straight from the token stream: no tree, no schema pass.
   * The questions' own checks (their record constructors) still run, so a fault they find is still
   * a BankFormatException with its JSON path. Given bytes not known to be valid, a fault the schema
   * would name may come out as a less precise message, or not at all: validate those first.
   */
  public static QuestionBank readValidated(byte[] json, String file) throws BankFormatException {
    try (JsonParser tokens = TOKENS.createParser(json)) {
      return fromTokens(tokens, file);
    } catch (JsonProcessingException e) {
      throw BankFaults.syntax(file, e);
    } catch (BankFormatException e) {
      throw BankFaults.located(e, new String(json, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("reading bytes in memory", e);
    }
  }

  private static JsonNode validatedTree(String json, String file) throws BankFormatException {
    JsonNode root;
    try {
      root = Mapper.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw BankFaults.syntax(file, e);
    }
    if (root == null || root.isMissingNode()) throw new BankFormatException(file, "", "the file is empty");
    try {
      validate(root, file);
    } catch (BankFormatException e) {
      throw BankFaults.located(e, json);
    }
    return root;
  }

  private static void validate(JsonNode root, String file) throws BankFormatException {
    Schemas schemas = schemas();
    report(schemas.shell().validate(root), "", file);
    JsonNode questions = root.path("questions");
    // The first faulty question in file order, found in parallel over the questions.
    var fault = java.util.stream.IntStream.range(0, questions.size()).parallel()
        .mapToObj(i -> new Object() {
          final int index = i;
          final Set<ValidationMessage> errors = schemas.question().validate(questions.get(i));
        })
        .filter(r -> !r.errors.isEmpty())
        .findFirst();
    if (fault.isPresent()) report(fault.get().errors, "$.questions[" + fault.get().index + "]", file);
  }

  /** Throws for the deepest, then first, fault of a set: it is the one a person should fix. */
  private static void report(Set<ValidationMessage> errors, String prefix, String file) throws BankFormatException {
    if (errors.isEmpty()) return;
    ValidationMessage first = errors.stream()
        .min(Comparator.<ValidationMessage>comparingInt(m -> -depth(m.getInstanceLocation().toString()))
            .thenComparing(m -> m.getInstanceLocation().toString()))
        .orElseThrow();
    String local = first.getInstanceLocation().toString();
    String reason = BankFaults.schemaReason(first);
    String path = prefix.isEmpty() ? local : prefix + (local.startsWith("$") ? local.substring(1) : local);
    throw new BankFormatException(file, path, reason);
  }

  private static int depth(String path) {
    return (int) path.chars().filter(c -> c == '.' || c == '[').count();
  }

  /*
   * Building the model from tokens. Fields may come in any order and unknown fields are skipped (the
   * schema allows them); a field that is missing reads as "" or empty, as the schema has already
   * said whether that is allowed.
   */

  private static QuestionBank fromTokens(JsonParser p, String file) throws IOException, BankFormatException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      if (p.currentToken() == null) throw new BankFormatException(file, "", "the file is empty");
      throw new BankFormatException(file, "", "a bank is a JSON object");
    }
    String id = "";
    String title = "";
    var ref = new QuestionBank.ArticleRef("", "", List.of());
    List<Question> questions = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> id = text(p);
        case "title" -> title = text(p);
        case "article" -> ref = article(p);
        case "questions" -> questions = questions(p, file);
        default -> p.skipChildren();
      }
    }
    BankChecks.uniqueIds(questions, file);
    return new QuestionBank(id, title, ref, questions);
  }

  private static QuestionBank.ArticleRef article(JsonParser p) throws IOException {
    String path = "";
    String sha256 = "";
    List<String> sentences = List.of();
    if (p.currentToken() == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "path" -> path = text(p);
          case "sha256" -> sha256 = text(p);
          case "sentences" -> sentences = strings(p);
          default -> p.skipChildren();
        }
      }
    } else {
      p.skipChildren();
    }
    return new QuestionBank.ArticleRef(path, sha256, sentences);
  }

  private static List<Question> questions(JsonParser p, String file) throws IOException, BankFormatException {
    var questions = new ArrayList<Question>();
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return questions;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int index = questions.size();
      try {
        questions.add(question(p));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new BankFormatException(file, "$.questions[" + index + "]", e.getMessage());
      }
    }
    return questions;
  }

  /** One question's fields, gathered in whatever order they come. */
  private static final class Fields {
    String id = "";
    String type = "";
    String prompt = "";
    String kind = "";
    String answer;
    List<String> answers = List.of();
    List<String> accept = List.of();
    List<String> choices = List.of();
    List<Matching.Pair> pairs = List.of();
    int sentence;
    String sourceText = "";
    String fact;
  }

  private static Question question(JsonParser p) throws IOException {
    var f = new Fields();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      throw new IllegalArgumentException("a question is a JSON object");
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "id" -> f.id = text(p);
        case "type" -> f.type = text(p);
        case "prompt" -> f.prompt = text(p);
        case "kind" -> f.kind = text(p);
        case "answer" -> f.answer = value == JsonToken.VALUE_STRING ? p.getText() : skipped(p);
        case "answers" -> f.answers = strings(p);
        case "accept" -> f.accept = strings(p);
        case "choices" -> f.choices = strings(p);
        case "pairs" -> f.pairs = pairs(p);
        case "source" -> source(p, f);
        case "fact" -> f.fact = value == JsonToken.VALUE_STRING ? p.getText() : skipped(p);
        default -> p.skipChildren();
      }
    }
    QuestionType type = QuestionType.fromWireName(f.type)
        .orElseThrow(() -> new IllegalArgumentException("unknown type \"" + f.type + "\""));
    var source = new Source(f.sentence, f.sourceText);
    return switch (type) {
      case MULTIPLE_CHOICE -> new MultipleChoice(f.id, f.prompt, required(f, "answer"), f.choices, f.accept, f.kind, source, f.fact);
      case MULTI_SELECT -> new MultiSelect(f.id, f.prompt, f.answers, f.choices, f.kind, source, f.fact);
      case SHORT_ANSWER -> new ShortAnswer(f.id, f.prompt, required(f, "answer"), f.accept, f.kind, source, f.fact);
      case TRUE_FALSE -> new TrueFalse(f.id, f.prompt, trueFalse(required(f, "answer")), f.kind, source, f.fact);
      case ORDERING -> new Ordering(f.id, f.prompt, f.answers, f.kind, source, f.fact);
      case MATCHING -> new Matching(f.id, f.prompt, f.pairs, f.kind, source, f.fact);
    };
  }

  private static void source(JsonParser p, Fields f) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "sentence" -> f.sentence = value.isNumeric() ? p.getValueAsInt() : skippedInt(p);
        case "text" -> f.sourceText = text(p);
        default -> p.skipChildren();
      }
    }
  }

  private static List<Matching.Pair> pairs(JsonParser p) throws IOException {
    var pairs = new ArrayList<Matching.Pair>();
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return pairs;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String left = "";
      String right = "";
      if (p.currentToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          switch (field) {
            case "left" -> left = text(p);
            case "right" -> right = text(p);
            default -> p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
      pairs.add(new Matching.Pair(left, right));
    }
    return pairs;
  }

  private static String required(Fields f, String field) {
    if (f.answer == null) throw new IllegalArgumentException("\"" + field + "\" is required for type " + f.type);
    return f.answer;
  }

  private static boolean trueFalse(String answer) {
    return switch (answer) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("answer of a true_false question must be \"true\" or \"false\", was \"" + answer + "\"");
    };
  }

  /** A scalar's text; a list or an object where text belongs reads as "" (the schema rejects both). */
  private static String text(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
      p.skipChildren();
      return "";
    }
    return t == JsonToken.VALUE_NULL ? "" : p.getText();
  }

  /** Skips a value that is not text where text is required: the field then counts as missing. */
  private static String skipped(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

  private static int skippedInt(JsonParser p) throws IOException {
    p.skipChildren();
    return 0;
  }

  private static List<String> strings(JsonParser p) throws IOException {
    var out = new ArrayList<String>();
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return out;
    }
    while (p.nextToken() != JsonToken.END_ARRAY) out.add(text(p));
    return out;
  }

  /** The bank as canonical JSON: fixed field order, two-space indent, a final newline. */
  public static String write(QuestionBank bank) {
    ObjectNode root = Mapper.MAPPER.createObjectNode();
    root.put("schemaVersion", QuestionBank.SCHEMA_VERSION);
    root.put("id", bank.id());
    root.put("title", bank.title());
    ObjectNode article = root.putObject("article");
    article.put("path", bank.article().path());
    article.put("sha256", bank.article().sha256());
    ArrayNode sentences = article.putArray("sentences");
    bank.article().sentences().forEach(sentences::add);
    ArrayNode questions = root.putArray("questions");
    for (Question q : bank.questions()) questions.add(toTree(q));
    try {
      var printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return Mapper.MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  public static ObjectNode toTree(Question q) {
    ObjectNode n = Mapper.MAPPER.createObjectNode();
    n.put("id", q.id());
    n.put("type", q.type().wireName());
    n.put("prompt", q.prompt());
    n.put("answer", q.answerText());
    q.visit(new Question.Visitor<Void>() {
      @Override
      public Void multipleChoice(MultipleChoice mc) {
        putStrings(n, "accept", mc.accept());
        putStrings(n, "choices", mc.choices());
        return null;
      }

      @Override
      public Void multiSelect(MultiSelect ms) {
        putStrings(n, "answers", ms.answers());
        putStrings(n, "choices", ms.choices());
        return null;
      }

      @Override
      public Void shortAnswer(ShortAnswer sa) {
        putStrings(n, "accept", sa.accept());
        return null;
      }

      @Override
      public Void trueFalse(TrueFalse tf) {
        return null;
      }

      @Override
      public Void ordering(Ordering o) {
        putStrings(n, "answers", o.answers());
        return null;
      }

      @Override
      public Void matching(Matching m) {
        ArrayNode pairs = n.putArray("pairs");
        for (Matching.Pair p : m.pairs()) pairs.addObject().put("left", p.left()).put("right", p.right());
        return null;
      }
    });
    n.put("kind", q.kind());
    ObjectNode source = n.putObject("source");
    source.put("sentence", q.source().sentence());
    source.put("text", q.source().text());
    // the fact a generated question tests: a quiz asks one question per fact (absent for imported ones)
    if (q.fact() != null) n.put("fact", q.fact());
    return n;
  }

  private static void putStrings(ObjectNode n, String field, List<String> values) {
    ArrayNode a = n.putArray(field);
    values.forEach(a::add);
  }
}
