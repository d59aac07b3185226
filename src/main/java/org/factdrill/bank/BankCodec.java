package org.factdrill.bank;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
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
 */
public final class BankCodec {

  public static final String SCHEMA_RESOURCE = "/org/factdrill/bank/bank.schema.json";

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static volatile Schemas schemas;

  private BankCodec() {}

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
            ObjectNode full = (ObjectNode) MAPPER.readTree(schemaText());
            ObjectNode shell = full.deepCopy();
            ((ObjectNode) shell.path("properties").path("questions")).remove("items");
            ObjectNode question = MAPPER.createObjectNode();
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

  public static QuestionBank read(String json, String file) throws BankFormatException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
      throw new BankFormatException(file, "", where + "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || root.isMissingNode()) throw new BankFormatException(file, "", "the file is empty");
    validate(root, file);
    return fromTree(root, file);
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
    String message = first.getMessage();
    int colon = message.indexOf(": ");
    String reason = colon >= 0 && message.startsWith(local) ? message.substring(colon + 2) : message;
    String path = prefix.isEmpty() ? local : prefix + (local.startsWith("$") ? local.substring(1) : local);
    throw new BankFormatException(file, path, reason);
  }

  private static int depth(String path) {
    return (int) path.chars().filter(c -> c == '.' || c == '[').count();
  }

  private static QuestionBank fromTree(JsonNode root, String file) throws BankFormatException {
    JsonNode article = root.path("article");
    var ref = new QuestionBank.ArticleRef(
        article.path("path").asText(""), article.path("sha256").asText(""), strings(article.path("sentences")));
    var questions = new ArrayList<Question>();
    JsonNode list = root.path("questions");
    for (int i = 0; i < list.size(); i++) {
      String path = "$.questions[" + i + "]";
      try {
        questions.add(question(list.get(i)));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new BankFormatException(file, path, e.getMessage());
      }
    }
    return new QuestionBank(root.path("id").asText(), root.path("title").asText(), ref, questions);
  }

  private static Question question(JsonNode q) {
    String id = q.path("id").asText();
    String prompt = q.path("prompt").asText();
    String kind = q.path("kind").asText();
    JsonNode s = q.path("source");
    var source = new Source(s.path("sentence").asInt(), s.path("text").asText());
    QuestionType type = QuestionType.fromWireName(q.path("type").asText())
        .orElseThrow(() -> new IllegalArgumentException("unknown type " + q.path("type")));
    return switch (type) {
      case MULTIPLE_CHOICE -> new MultipleChoice(
          id, prompt, required(q, "answer"), strings(q.path("choices")), strings(q.path("accept")), kind, source);
      case MULTI_SELECT -> new MultiSelect(id, prompt, strings(q.path("answers")), strings(q.path("choices")), kind, source);
      case SHORT_ANSWER -> new ShortAnswer(id, prompt, required(q, "answer"), strings(q.path("accept")), kind, source);
      case TRUE_FALSE -> new TrueFalse(id, prompt, trueFalse(required(q, "answer")), kind, source);
      case ORDERING -> new Ordering(id, prompt, strings(q.path("answers")), kind, source);
      case MATCHING -> {
        var pairs = new ArrayList<Matching.Pair>();
        for (JsonNode p : q.path("pairs")) pairs.add(new Matching.Pair(p.path("left").asText(), p.path("right").asText()));
        yield new Matching(id, prompt, pairs, kind, source);
      }
    };
  }

  private static String required(JsonNode q, String field) {
    JsonNode n = q.get(field);
    if (n == null || !n.isTextual()) throw new IllegalArgumentException("\"" + field + "\" is required for type " + q.path("type").asText());
    return n.asText();
  }

  private static boolean trueFalse(String answer) {
    return switch (answer) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("answer of a true_false question must be \"true\" or \"false\", was \"" + answer + "\"");
    };
  }

  private static List<String> strings(JsonNode array) {
    var out = new ArrayList<String>();
    for (JsonNode n : array) out.add(n.asText());
    return out;
  }

  /** The bank as canonical JSON: fixed field order, two-space indent, a final newline. */
  public static String write(QuestionBank bank) {
    ObjectNode root = MAPPER.createObjectNode();
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
      return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  public static ObjectNode toTree(Question q) {
    ObjectNode n = MAPPER.createObjectNode();
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
    return n;
  }

  private static void putStrings(ObjectNode n, String field, List<String> values) {
    ArrayNode a = n.putArray(field);
    values.forEach(a::add);
  }
}
