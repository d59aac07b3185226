package org.factdrill.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.BankFormatException;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;

/**
 * Class quiz JSON to model and back. The questions are stored exactly as in a bank file, under
 * {@code $.questions}, and read by the bank codec (so they pass the same schema and the same
 * checks, with the same JSON paths); the rest is checked here. Any fault is a
 * {@link ClassFileException} with the file, the JSON path and the reason. Writing is deterministic.
 */
public final class ClassQuizCodec {

  /** Tells a class quiz file from a bank or a result file at a glance. */
  public static final String FORMAT = "factdrill-class-quiz";

  private ClassQuizCodec() {}

  public static String write(ClassQuiz quiz) {
    return Json.write(toTree(quiz));
  }

  private static ObjectNode toTree(ClassQuiz quiz) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("schemaVersion", ClassQuiz.SCHEMA_VERSION);
    root.put("code", quiz.code());
    root.put("title", quiz.title());
    root.put("createdAt", quiz.createdAt().toString());
    ObjectNode s = root.putObject("settings");
    s.put("shuffleOptions", quiz.settings().shuffleOptions());
    s.put("timeLimitSeconds", quiz.settings().timeLimitSeconds());
    s.put("feedback", quiz.settings().feedback().wireName());
    s.put("retakes", quiz.settings().retakes());
    ArrayNode questions = root.putArray("questions");
    for (Question q : quiz.questions()) questions.add(BankCodec.toTree(q));
    return root;
  }

  /**
   * A fingerprint of the quiz's content: SHA-256 of its canonical form, so two quizzes that differ
   * in any question, setting or code have different digests, whatever the layout of their files.
   */
  public static String digest(ClassQuiz quiz) {
    return Json.sha256Hex(Json.canonical(toTree(quiz)));
  }

  public static ClassQuiz read(String json, String file) throws ClassFileException {
    JsonNode root = Json.parse(json, file);
    JsonNode format = root.get("format");
    if (format == null && root.has("article") && root.has("questions")) {
      throw new ClassFileException(file, "", "this is a question bank, not a class quiz (make one with: factdrill class create "
          + file + " -o QUIZ.json)");
    }
    String fmt = Json.text(root, "format", "$", file);
    if (!FORMAT.equals(fmt)) {
      throw new ClassFileException(file, "$.format", "expected \"" + FORMAT + "\", found \"" + fmt + "\"");
    }
    int version = Json.integer(root, "schemaVersion", "$", file);
    if (version != ClassQuiz.SCHEMA_VERSION) {
      throw new ClassFileException(file, "$.schemaVersion", "this factdrill reads class quiz version "
          + ClassQuiz.SCHEMA_VERSION + ", the file is version " + version);
    }
    String code = Json.text(root, "code", "$", file);
    if (!QuizCode.isValid(code)) {
      throw new ClassFileException(file, "$.code", "expected " + QuizCode.LENGTH + " characters from "
          + QuizCode.ALPHABET + ", found \"" + code + "\"");
    }
    String title = Json.text(root, "title", "$", file);
    if (title.isBlank()) throw new ClassFileException(file, "$.title", "must not be blank");
    var createdAt = Json.instant(root, "createdAt", "$", file);
    ClassSettings settings = settings(Json.field(root, "settings", "$", file), file);
    List<Question> questions = questions(Json.array(root, "questions", "$", file), file);
    if (questions.isEmpty()) throw new ClassFileException(file, "$.questions", "a class quiz needs at least one question");
    try {
      return new ClassQuiz(code, title, createdAt, settings, questions);
    } catch (IllegalArgumentException e) {
      throw new ClassFileException(file, "$", e.getMessage());
    }
  }

  private static ClassSettings settings(JsonNode s, String file) throws ClassFileException {
    String path = "$.settings";
    if (!s.isObject()) throw new ClassFileException(file, path, "expected an object");
    boolean shuffle = Json.bool(s, "shuffleOptions", path, file);
    int limit = Json.integer(s, "timeLimitSeconds", path, file);
    String fb = Json.text(s, "feedback", path, file);
    var feedback = ClassSettings.Feedback.fromWireName(fb).orElseThrow(() -> new ClassFileException(
        file, path + ".feedback", "expected \"after_each\" or \"at_end\", found \"" + fb + "\""));
    boolean retakes = Json.bool(s, "retakes", path, file);
    try {
      return new ClassSettings(shuffle, limit, feedback, retakes);
    } catch (IllegalArgumentException e) {
      throw new ClassFileException(file, path + ".timeLimitSeconds", e.getMessage());
    }
  }

  /**
   * The questions go through the bank codec inside a stand-in bank whose questions sit at the same
   * JSON path as in the quiz file, so its messages point at the right place in this file.
   */
  private static List<Question> questions(JsonNode array, String file) throws ClassFileException {
    ObjectNode bank = Json.MAPPER.createObjectNode();
    bank.put("schemaVersion", QuestionBank.SCHEMA_VERSION);
    bank.put("id", "class-quiz");
    bank.put("title", "class quiz");
    ObjectNode article = bank.putObject("article");
    article.put("path", "");
    article.put("sha256", "");
    article.putArray("sentences");
    bank.set("questions", array);
    try {
      return BankCodec.read(Json.write(bank), file).questions();
    } catch (BankFormatException e) {
      throw new ClassFileException(file, e.jsonPath(), e.reason());
    }
  }
}
