package org.factdrill.classroom;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.factdrill.grading.Answer;
import org.factdrill.quiz.Answers;

/**
 * A student's result file, bound by Jackson, and its seal.
 *
 * <p>The seal is HMAC-SHA256 over the result's canonical form (compact JSON, keys sorted, the seal
 * left out). With a roster its key comes from the student's personal code, which only the student
 * and the teacher know: a result handed in under another student's id without their code does not
 * match, nor does one edited by anyone but that student. Without a roster the key comes from the
 * paper alone, which every student has: the seal then only catches accidents (a file edited by
 * hand, or made for another quiz), and the report says that identities are self-declared. A result
 * holds no grade: the report grades its answers.
 *
 * <p>Results of version 1 (factdrill 1, which graded on the student's machine) are still read for
 * a version 1 quiz: their claimed outcomes and scores are ignored and their answers graded again.
 */
public final class ResultCodec {

  public static final String FORMAT = "factdrill-class-result";
  public static final int SCHEMA_VERSION = 2;
  private static final String SEAL_PREFIX = "hmac-sha256:";

  private ResultCodec() {}

  /** How a result file relates to the quiz being reported on. */
  public sealed interface Reading {
    /** Sealed as it should be, for this quiz: its answers are to be graded. */
    record Valid(HandedIn attempt) implements Reading {}

    /** Made for another quiz (another code): not this report's business. */
    record OtherQuiz(String code, String title) implements Reading {}

    /** Claims to be for this quiz but cannot be counted; {@code attemptId} is what it claims (may be empty). */
    record Refused(String reason, String attemptId) implements Reading {}
  }

  /**
   * The quiz a report reads results for: its code, the digest results must name, and for each
   * student id the personal code that seals their results (empty for an id not on the roster);
   * {@code codeOf} is null when there is no roster.
   */
  public record Expecting(String quizCode, String paperDigest, Function<String, Optional<String>> codeOf, ClassQuiz legacyQuiz) {
    public static Expecting paper(String quizCode, String paperDigest, Function<String, Optional<String>> codeOf) {
      return new Expecting(quizCode, paperDigest, codeOf, null);
    }

    /** A version 1 quiz: results are sealed with a key derived from the whole quiz. */
    public static Expecting legacy(ClassQuiz quiz) {
      return new Expecting(quiz.code(), ClassQuizCodec.digest(quiz), null, quiz);
    }

    boolean roster() {
      return codeOf != null;
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ResultJson(String format, Integer schemaVersion, QuizRef quiz, String attempt, StudentJson student, Instant startedAt,
      Instant finishedAt, List<ResponseJson> responses, String seal, String checksum) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record QuizRef(String code, String title, String paper, String digest) {}

  record StudentJson(String name, String id) {}

  record ResponseJson(String question, AnswerJson answer, String given, Instant answeredAt, Boolean timedOut) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record AnswerJson(String text, String choice, List<String> choices, List<String> order, List<PairJson> pairs, Boolean skip) {}

  record PairJson(String left, String right) {}

  /** The result as written by {@code class take}: sealed with the student's personal code, or with none ("") without a roster. */
  public static String write(HandedIn h, String personalCode) {
    var responses = new ArrayList<ResponseJson>();
    for (HandedIn.Given g : h.responses()) {
      responses.add(new ResponseJson(g.questionId(), toJson(g.answer()), Answers.describe(g.answer()), g.answeredAt().orElse(null), g.timedOut()));
    }
    var json = new ResultJson(FORMAT, SCHEMA_VERSION, new QuizRef(h.quizCode(), h.quizTitle(), h.paperDigest(), null), h.attemptId(),
        new StudentJson(h.student().name(), h.student().id()), h.startedAt(), h.finishedAt(), responses, null, null);
    ObjectNode tree = (ObjectNode) Json.toTree(json);
    tree.put("seal", SEAL_PREFIX + seal(tree, key(h.paperDigest(), personalCode)));
    return Json.write(tree);
  }

  public static Reading read(String text, String file, Expecting expecting) throws ClassFileException {
    JsonNode root = Json.tree(text, file);
    String format = root.path("format").asText("");
    if (!FORMAT.equals(format)) throw new ClassFileException(file, "$.format", "expected \"" + FORMAT + "\"");
    ResultJson r = Json.bind(root, ResultJson.class, file);
    QuizRef quiz = Json.need(r.quiz(), "$.quiz", file);
    String code = Json.need(quiz.code(), "$.quiz.code", file);
    if (!code.equals(expecting.quizCode())) return new Reading.OtherQuiz(code, quiz.title() == null ? "" : quiz.title());
    String attempt = r.attempt() == null ? "" : r.attempt();
    int version = Json.need(r.schemaVersion(), "$.schemaVersion", file);
    boolean legacy = expecting.legacyQuiz() != null;
    if (version != (legacy ? 1 : SCHEMA_VERSION)) {
      return new Reading.Refused(version == 1
          ? "made by an earlier factdrill for an earlier version of quiz " + code + " (the quiz was made again since)"
          : "made for another version of quiz " + code + " (version " + version + " result)", attempt);
    }
    Student student;
    try {
      StudentJson s = Json.need(r.student(), "$.student", file);
      student = new Student(Json.need(s.name(), "$.student.name", file), s.id());
    } catch (IllegalArgumentException e) {
      throw new ClassFileException(file, "$.student", e.getMessage());
    }
    String claimed = legacy ? r.checksum() : r.seal();
    if (claimed == null) return new Reading.Refused("it has no seal", attempt);
    if (legacy) {
      if (!matches(claimed, seal(root, legacyKey(expecting.paperDigest()), "checksum"))) {
        return new Reading.Refused(expecting.paperDigest().equals(quiz.digest())
            ? "the file was changed after it was written (its checksum does not match)"
            : "it was made for another version of quiz " + code + " (different questions or settings), or changed after it was written", attempt);
      }
    } else {
      if (!expecting.paperDigest().equals(quiz.paper())) {
        return new Reading.Refused("made for another version of quiz " + code + " (different questions or settings)", attempt);
      }
      String personal = "";
      if (expecting.roster()) {
        Optional<String> codeOf = expecting.codeOf().apply(student.id());
        if (codeOf.isEmpty()) {
          return new Reading.Refused(student.id().isEmpty() ? student.name() + " gave no student id, and this quiz has a roster"
              : "student id " + student.id() + " (" + student.name() + ") is not on the roster of quiz " + code, attempt);
        }
        personal = codeOf.get();
      }
      if (!matches(claimed, seal(root, key(expecting.paperDigest(), personal), "seal"))) {
        return new Reading.Refused(expecting.roster()
            ? "its seal does not match the personal code of " + student.label() + " (handed in without their code, or changed after it was written)"
            : "the file was changed after it was written (its seal does not match)", attempt);
      }
    }
    var responses = new ArrayList<HandedIn.Given>();
    List<ResponseJson> list = Json.needList(r.responses(), "$.responses", file);
    for (int i = 0; i < list.size(); i++) {
      String at = "$.responses[" + i + "]";
      ResponseJson g = Json.need(list.get(i), at, file);
      responses.add(new HandedIn.Given(Json.need(g.question(), at + ".question", file),
          answer(Json.need(g.answer(), at + ".answer", file), at + ".answer", file),
          Optional.ofNullable(g.answeredAt()), Boolean.TRUE.equals(g.timedOut())));
    }
    return new Reading.Valid(new HandedIn(code, quiz.title() == null ? "" : quiz.title(), expecting.paperDigest(),
        Json.need(r.attempt(), "$.attempt", file), student, Json.need(r.startedAt(), "$.startedAt", file),
        Json.need(r.finishedAt(), "$.finishedAt", file), responses));
  }

  private static boolean matches(String claimed, String expected) {
    return MessageDigest.isEqual((SEAL_PREFIX + expected).getBytes(StandardCharsets.UTF_8), claimed.getBytes(StandardCharsets.UTF_8));
  }

  /** The seal's key: the paper and the student's personal code ("" without a roster). */
  private static byte[] key(String paperDigest, String personalCode) {
    return sha256("factdrill class result v2\u0000" + paperDigest + "\u0000" + personalCode);
  }

  /** Version 1's key: derived from the quiz's digest alone (anyone with the quiz file could make it). */
  private static byte[] legacyKey(String quizDigest) {
    return sha256("factdrill class result v1\u0000" + quizDigest);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  static String seal(JsonNode result, byte[] key) {
    return seal(result, key, "seal");
  }

  private static String seal(JsonNode result, byte[] key, String field) {
    return PersonalCodes.hex(PersonalCodes.hmacBytes(key, Json.canonical(result, field)));
  }

  /** One answer as compact JSON ({"choice": "..."}, {"order": [...]}...), for the database. */
  public static String answerJson(Answer answer) {
    return new String(Json.canonical(Json.toTree(toJson(answer))), StandardCharsets.UTF_8);
  }

  public static Answer answerFromJson(String json) throws ClassFileException {
    return answer(Json.bind(Json.tree(json, "answer"), AnswerJson.class, "answer"), "$", "answer");
  }

  private static AnswerJson toJson(Answer answer) {
    if (answer instanceof Answer.Text t) return new AnswerJson(t.text(), null, null, null, null, null);
    if (answer instanceof Answer.Choice c) return new AnswerJson(null, c.choice(), null, null, null, null);
    if (answer instanceof Answer.Choices c) return new AnswerJson(null, null, List.copyOf(c.choices()), null, null, null);
    if (answer instanceof Answer.Order o) return new AnswerJson(null, null, null, List.copyOf(o.items()), null, null);
    if (answer instanceof Answer.Pairs p) {
      var pairs = new ArrayList<PairJson>();
      p.rightByLeft().forEach((left, right) -> pairs.add(new PairJson(left, right)));
      return new AnswerJson(null, null, null, null, pairs, null);
    }
    if (answer instanceof Answer.Skip) return new AnswerJson(null, null, null, null, null, true);
    throw new IllegalStateException("an answer kind without a JSON form: " + answer);
  }

  private static Answer answer(AnswerJson a, String path, String file) throws ClassFileException {
    if (a.text() != null) return new Answer.Text(a.text());
    if (a.choice() != null) return new Answer.Choice(a.choice());
    if (a.choices() != null) return new Answer.Choices(new LinkedHashSet<>(a.choices()));
    if (a.order() != null) return new Answer.Order(List.copyOf(a.order()));
    if (a.pairs() != null) {
      Map<String, String> pairs = new LinkedHashMap<>();
      for (PairJson p : a.pairs()) {
        if (p == null || p.left() == null || p.right() == null) throw new ClassFileException(file, path + ".pairs", "each pair needs a left and a right");
        pairs.put(p.left(), p.right());
      }
      return new Answer.Pairs(pairs);
    }
    if (Boolean.TRUE.equals(a.skip())) return new Answer.Skip();
    throw new ClassFileException(file, path, "expected one of text, choice, choices, order, pairs or skip");
  }
}
