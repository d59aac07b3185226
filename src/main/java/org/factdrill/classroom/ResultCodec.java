package org.factdrill.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.factdrill.grading.Answer;
import org.factdrill.grading.Verdict;

/**
 * Student result JSON, sealed with a checksum keyed to the quiz.
 *
 * <p>The checksum is HMAC-SHA256 over the result's canonical form (compact JSON, keys sorted, the
 * checksum itself left out), with a key derived from the quiz's digest (its code and full content).
 * So a result whose answers, score, name or times were changed after it was written no longer
 * matches, and neither does a result made for another quiz (or another version of this one) and
 * relabelled. It is NOT a secret: anyone holding the quiz file can derive the key and re-seal an
 * edited result. It detects edits by hand and mix-ups, not a student who reads the source code.
 */
public final class ResultCodec {

  public static final String FORMAT = "factdrill-class-result";
  public static final int SCHEMA_VERSION = 1;
  private static final String CHECKSUM_PREFIX = "hmac-sha256:";

  private ResultCodec() {}

  /** How a result file relates to the quiz being reported on. */
  public sealed interface Reading {
    /** Untouched, and made for this quiz. */
    record Valid(StudentResult result) implements Reading {}

    /** Made for another quiz (another code): not this report's business. */
    record OtherQuiz(String code, String title) implements Reading {}

    /**
     * Claims to be for this quiz but does not match its checksum: refused. {@code attemptId} is
     * what the file claims (empty if it has none), to tell whether the original is kept elsewhere.
     */
    record Edited(String reason, String attemptId) implements Reading {}
  }

  public static String write(StudentResult result, ClassQuiz quiz) {
    ObjectNode root = toTree(result, quiz);
    root.put("checksum", CHECKSUM_PREFIX + seal(root, ClassQuizCodec.digest(quiz)));
    return Json.write(root);
  }

  /** Reads a result file for the quiz given; {@code quizDigest} is {@link ClassQuizCodec#digest}(quiz). */
  public static Reading read(String json, String file, ClassQuiz quiz, String quizDigest) throws ClassFileException {
    JsonNode root = Json.parse(json, file);
    String fmt = Json.text(root, "format", "$", file);
    if (!FORMAT.equals(fmt)) throw new ClassFileException(file, "$.format", "expected \"" + FORMAT + "\", found \"" + fmt + "\"");
    int version = Json.integer(root, "schemaVersion", "$", file);
    if (version != SCHEMA_VERSION) {
      throw new ClassFileException(file, "$.schemaVersion", "this factdrill reads result version " + SCHEMA_VERSION + ", the file is version " + version);
    }
    JsonNode quizNode = Json.field(root, "quiz", "$", file);
    String code = Json.text(quizNode, "code", "$.quiz", file);
    if (!code.equals(quiz.code())) return new Reading.OtherQuiz(code, Json.optionalText(quizNode, "title", "$.quiz", file));

    String checksum = Json.text(root, "checksum", "$", file);
    String expected = CHECKSUM_PREFIX + seal(root, quizDigest);
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), checksum.getBytes(StandardCharsets.UTF_8))) {
      String digest = Json.optionalText(quizNode, "digest", "$.quiz", file);
      return new Reading.Edited(digest.equals(quizDigest)
          ? "the file was changed after it was written (its checksum does not match)"
          : "it was made for another version of quiz " + quiz.code() + " (different questions or settings), or changed after it was written",
          Json.optionalText(root, "attempt", "$", file));
    }
    try {
      return new Reading.Valid(fromTree(root, file, quiz));
    } catch (IllegalArgumentException e) {
      throw new ClassFileException(file, "$", e.getMessage());
    }
  }

  /** HMAC-SHA256 of the canonical form (without any checksum field), keyed by the quiz. */
  static String seal(JsonNode result, String quizDigest) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      byte[] key = MessageDigest.getInstance("SHA-256")
          .digest(("factdrill class result v1\u0000" + quizDigest).getBytes(StandardCharsets.UTF_8));
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(Json.canonical(result, "checksum")));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  private static ObjectNode toTree(StudentResult r, ClassQuiz quiz) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("schemaVersion", SCHEMA_VERSION);
    ObjectNode q = root.putObject("quiz");
    q.put("code", r.quizCode());
    q.put("title", r.quizTitle());
    q.put("digest", r.quizDigest());
    root.put("attempt", r.attemptId());
    ObjectNode s = root.putObject("student");
    s.put("name", r.student().name());
    s.put("id", r.student().id());
    root.put("startedAt", r.startedAt().toString());
    root.put("finishedAt", r.finishedAt().toString());
    // Written for people and spreadsheets reading the file; the report recomputes them from the responses.
    root.put("score", r.score());
    root.put("maxScore", r.maxScore());
    ArrayNode responses = root.putArray("responses");
    for (StudentResult.Response resp : r.responses()) {
      ObjectNode n = responses.addObject();
      n.put("question", resp.questionId());
      n.put("number", quiz.indexOf(resp.questionId()) + 1);
      n.put("given", resp.given());
      n.set("answer", answerTree(resp.answer()));
      n.put("outcome", resp.verdict().outcome().name().toLowerCase(Locale.ROOT));
      n.put("score", resp.verdict().score());
      n.put("note", resp.verdict().note());
      n.put("correct", resp.isCorrect());
      if (resp.answeredAt().isPresent()) n.put("answeredAt", resp.answeredAt().get().toString());
      else n.putNull("answeredAt");
      n.put("timedOut", resp.timedOut());
    }
    return root;
  }

  /** One answer as compact JSON ({"choice": "..."}, {"order": [...]}...), for the database. */
  public static String answerJson(Answer answer) {
    return new String(Json.canonical(answerTree(answer)), StandardCharsets.UTF_8);
  }

  public static Answer answerFromJson(String json) throws ClassFileException {
    return answer(Json.parse(json, "answer"), "$", "answer");
  }

  private static ObjectNode answerTree(Answer answer) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    if (answer instanceof Answer.Text t) n.put("text", t.text());
    else if (answer instanceof Answer.Choice c) n.put("choice", c.choice());
    else if (answer instanceof Answer.Choices c) c.choices().forEach(n.putArray("choices")::add);
    else if (answer instanceof Answer.Order o) o.items().forEach(n.putArray("order")::add);
    else if (answer instanceof Answer.Pairs p) {
      ArrayNode pairs = n.putArray("pairs");
      p.rightByLeft().forEach((left, right) -> pairs.addObject().put("left", left).put("right", right));
    } else if (answer instanceof Answer.Skip) n.put("skip", true);
    else throw new IllegalStateException("an answer kind without a JSON form: " + answer);
    return n;
  }

  private static StudentResult fromTree(JsonNode root, String file, ClassQuiz quiz) throws ClassFileException {
    JsonNode q = Json.field(root, "quiz", "$", file);
    JsonNode s = Json.field(root, "student", "$", file);
    Student student;
    try {
      student = new Student(Json.text(s, "name", "$.student", file), Json.optionalText(s, "id", "$.student", file));
    } catch (IllegalArgumentException e) {
      throw new ClassFileException(file, "$.student", e.getMessage());
    }
    var responses = new ArrayList<StudentResult.Response>();
    JsonNode list = Json.array(root, "responses", "$", file);
    for (int i = 0; i < list.size(); i++) responses.add(response(list.get(i), "$.responses[" + i + "]", file, quiz));
    return new StudentResult(
        Json.text(q, "code", "$.quiz", file),
        Json.optionalText(q, "title", "$.quiz", file),
        Json.text(q, "digest", "$.quiz", file),
        Json.text(root, "attempt", "$", file),
        student,
        Json.instant(root, "startedAt", "$", file),
        Json.instant(root, "finishedAt", "$", file),
        responses);
  }

  private static StudentResult.Response response(JsonNode n, String path, String file, ClassQuiz quiz) throws ClassFileException {
    String id = Json.text(n, "question", path, file);
    if (quiz.question(id).isEmpty()) throw new ClassFileException(file, path + ".question", "quiz " + quiz.code() + " has no question " + id);
    String outcomeName = Json.text(n, "outcome", path, file);
    Verdict.Outcome outcome;
    try {
      outcome = Verdict.Outcome.valueOf(outcomeName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ClassFileException(file, path + ".outcome", "expected correct, almost, wrong or skipped, found \"" + outcomeName + "\"");
    }
    Verdict verdict;
    try {
      verdict = new Verdict(outcome, Json.number(n, "score", path, file), Json.optionalText(n, "note", path, file));
    } catch (IllegalArgumentException e) {
      throw new ClassFileException(file, path + ".score", e.getMessage());
    }
    JsonNode at = n.get("answeredAt");
    Optional<Instant> answeredAt = at == null || at.isNull() ? Optional.empty() : Optional.of(Json.instant(n, "answeredAt", path, file));
    JsonNode timed = n.get("timedOut");
    return new StudentResult.Response(id, answer(Json.field(n, "answer", path, file), path + ".answer", file),
        Json.optionalText(n, "given", path, file), verdict, answeredAt, timed != null && timed.asBoolean());
  }

  private static Answer answer(JsonNode n, String path, String file) throws ClassFileException {
    if (n.has("text")) return new Answer.Text(n.get("text").asText());
    if (n.has("choice")) return new Answer.Choice(n.get("choice").asText());
    if (n.has("choices")) {
      var set = new LinkedHashSet<String>();
      n.get("choices").forEach(c -> set.add(c.asText()));
      return new Answer.Choices(set);
    }
    if (n.has("order")) {
      var items = new ArrayList<String>();
      n.get("order").forEach(c -> items.add(c.asText()));
      return new Answer.Order(items);
    }
    if (n.has("pairs")) {
      Map<String, String> pairs = new LinkedHashMap<>();
      n.get("pairs").forEach(p -> pairs.put(p.path("left").asText(), p.path("right").asText()));
      return new Answer.Pairs(pairs);
    }
    if (n.has("skip")) return new Answer.Skip();
    throw new ClassFileException(file, path, "expected one of text, choice, choices, order, pairs or skip");
  }
}
