package org.factdrill.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p>Jackson does the mapping both ways. Reading, {@link BankFileReader} reads Jackson's token
 * stream onto {@link BankFile}'s records, which the model is built from; it is light enough for a
 * quiz's start-up, which then loads neither jackson-databind nor the schema validator when the bank
 * is already known to be valid ({@link #readValidated}). Writing, jackson-jr writes the bank in the
 * canonical field order.
 * The tree and the schema validator are loaded only when a bank is validated.
 */
public final class BankCodec {

  public static final String SCHEMA_RESOURCE = "/org/factdrill/bank/bank.schema.json";

  private static volatile Schemas schemas;

  private BankCodec() {}

  /** jackson-databind, loaded on first use only (it costs a tenth of a second to start). */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper();
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
    validatedTree(json, file);
    try {
      return fromFile(BankFileReader.read(json), file);
    } catch (BankFormatException e) {
      throw BankFaults.located(e, json);
    } catch (IOException e) {
      throw new IllegalStateException("JSON that passed the bank schema does not map onto BankFile", e);
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
    BankFile read;
    try {
      read = BankFileReader.read(json);
    } catch (JsonProcessingException e) {
      throw BankFaults.syntax(file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading bytes in memory", e);
    }
    if (read == null) throw new BankFormatException(file, "", "the file is empty");
    try {
      return fromFile(read, file);
    } catch (BankFormatException e) {
      throw BankFaults.located(e, new String(json, java.nio.charset.StandardCharsets.UTF_8));
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
   * Building the model from what Jackson read. A field that is missing reads as "" or empty, as the
   * schema has already said whether that is allowed; the model's records check the rest, and a
   * fault they find names the question's JSON path.
   */

  private static QuestionBank fromFile(BankFile f, String file) throws BankFormatException {
    BankFile.Article a = f.article();
    var article = a == null ? new QuestionBank.ArticleRef("", "", List.of())
        : new QuestionBank.ArticleRef(text(a.path()), text(a.sha256()), strings(a.sentences()));
    var questions = new ArrayList<Question>();
    for (BankFile.QuestionFile q : list(f.questions())) {
      try {
        questions.add(question(q));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new BankFormatException(file, "$.questions[" + questions.size() + "]", e.getMessage());
      }
    }
    BankChecks.uniqueIds(questions, file);
    return new QuestionBank(text(f.id()), text(f.title()), article, questions);
  }

  private static Question question(BankFile.QuestionFile f) {
    if (f == null) throw new IllegalArgumentException("a question is a JSON object");
    String id = text(f.id());
    String prompt = text(f.prompt());
    String kind = text(f.kind());
    String fact = f.fact(); // null for a question not tied to an article's fact
    QuestionType type = QuestionType.fromWireName(text(f.type()))
        .orElseThrow(() -> new IllegalArgumentException("unknown type \"" + text(f.type()) + "\""));
    var source = f.source() == null ? new Source(0, "")
        : new Source(f.source().sentence() == null ? 0 : f.source().sentence(), text(f.source().text()));
    return switch (type) {
      case MULTIPLE_CHOICE -> new MultipleChoice(id, prompt, required(f), strings(f.choices()), strings(f.accept()), kind, source, fact);
      case MULTI_SELECT -> new MultiSelect(id, prompt, strings(f.answers()), strings(f.choices()), kind, source, fact);
      case SHORT_ANSWER -> new ShortAnswer(id, prompt, required(f), strings(f.accept()), kind, source, fact);
      case TRUE_FALSE -> new TrueFalse(id, prompt, trueFalse(required(f)), kind, source, fact);
      case ORDERING -> new Ordering(id, prompt, strings(f.answers()), kind, source, fact);
      case MATCHING -> new Matching(id, prompt, pairs(f.pairs()), kind, source, fact);
    };
  }

  private static List<Matching.Pair> pairs(List<BankFile.Pair> pairs) {
    var out = new ArrayList<Matching.Pair>();
    for (BankFile.Pair p : list(pairs)) out.add(p == null ? new Matching.Pair("", "") : new Matching.Pair(text(p.left()), text(p.right())));
    return out;
  }

  private static String required(BankFile.QuestionFile f) {
    if (f.answer() == null) throw new IllegalArgumentException("\"answer\" is required for type " + f.type());
    return f.answer();
  }

  private static boolean trueFalse(String answer) {
    return switch (answer) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("answer of a true_false question must be \"true\" or \"false\", was \"" + answer + "\"");
    };
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  /** A missing list reads as empty. */
  private static <T> List<T> list(List<T> items) {
    return items == null ? List.of() : items;
  }

  /** A missing list reads as empty, a null in it as "" (the schema rejects both). */
  private static List<String> strings(List<String> items) {
    if (items == null) return List.of();
    // The model copies every list it is given; this one is copied only when it holds a null.
    if (!items.contains(null)) return items;
    var out = new ArrayList<String>(items.size());
    for (String item : items) out.add(text(item));
    return out;
  }

  /** The bank as canonical JSON: fixed field order, two-space indent, a final newline. */
  public static String write(QuestionBank bank) {
    var root = new LinkedHashMap<String, Object>();
    root.put("schemaVersion", QuestionBank.SCHEMA_VERSION);
    root.put("id", bank.id());
    root.put("title", bank.title());
    var article = new LinkedHashMap<String, Object>();
    article.put("path", bank.article().path());
    article.put("sha256", bank.article().sha256());
    article.put("sentences", bank.article().sentences());
    root.put("article", article);
    var questions = new ArrayList<Map<String, Object>>();
    for (Question q : bank.questions()) questions.add(fields(q));
    root.put("questions", questions);
    try {
      return Writer.JSON_WRITER.asString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("maps of strings always serialise", e);
    }
  }

  /** jackson-jr with the canonical layout: two-space indent, one array item a line. */
  private static final class Writer {
    static final JSON JSON_WRITER = JSON.std.with(new DefaultPrettyPrinter()
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
            .withObjectIndenter(new DefaultIndenter("  ", "\n")))
        .with(JSON.Feature.PRETTY_PRINT_OUTPUT);
  }

  /** One question as a tree, in the canonical field order (class quiz files hold questions so). */
  public static ObjectNode toTree(Question q) {
    return Mapper.MAPPER.valueToTree(fields(q));
  }

  /**
   * A question's fields in the canonical order: id, type, prompt, answer, the fields of its type,
   * kind, source. Kept in one place for the bank file and for class quiz files.
   */
  private static Map<String, Object> fields(Question q) {
    var n = new LinkedHashMap<String, Object>();
    n.put("id", q.id());
    n.put("type", q.type().wireName());
    n.put("prompt", q.prompt());
    n.put("answer", q.answerText());
    q.visit(new Question.Visitor<Void>() {
      @Override
      public Void multipleChoice(MultipleChoice mc) {
        n.put("accept", mc.accept());
        n.put("choices", mc.choices());
        return null;
      }

      @Override
      public Void multiSelect(MultiSelect ms) {
        n.put("answers", ms.answers());
        n.put("choices", ms.choices());
        return null;
      }

      @Override
      public Void shortAnswer(ShortAnswer sa) {
        n.put("accept", sa.accept());
        return null;
      }

      @Override
      public Void trueFalse(TrueFalse tf) {
        return null;
      }

      @Override
      public Void ordering(Ordering o) {
        n.put("answers", o.answers());
        return null;
      }

      @Override
      public Void matching(Matching m) {
        var pairs = new ArrayList<Map<String, String>>();
        for (Matching.Pair p : m.pairs()) {
          var pair = new LinkedHashMap<String, String>();
          pair.put("left", p.left());
          pair.put("right", p.right());
          pairs.add(pair);
        }
        n.put("pairs", pairs);
        return null;
      }
    });
    n.put("kind", q.kind());
    var source = new LinkedHashMap<String, Object>();
    source.put("sentence", q.source().sentence());
    source.put("text", q.source().text());
    n.put("source", source);
    // the fact a generated question tests: a quiz asks one question per fact (absent for imported ones)
    if (q.fact() != null) n.put("fact", q.fact());
    return n;
  }
}
