package org.factdrill.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.BankFormatException;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;

/**
 * A whole class quiz, answers included, as JSON: what factdrill 1's quiz files were (schema
 * version 1, handed to students, which is why they are no longer made), and what the teacher's
 * answer key holds under {@code $.quiz} today. The questions are stored exactly as in a bank file
 * and read by the bank codec (same checks, same JSON paths); the rest is bound by Jackson.
 */
public final class ClassQuizCodec {

  /** Tells a class quiz file from a bank or a result file at a glance (the paper uses it too). */
  public static final String FORMAT = "factdrill-class-quiz";

  private ClassQuizCodec() {}

  /** The JSON form, field for field. */
  record QuizJson(String format, Integer schemaVersion, String code, String title, Instant createdAt,
      SettingsJson settings, List<JsonNode> questions) {}

  record SettingsJson(Boolean shuffleOptions, Integer timeLimitSeconds, String feedback, Boolean retakes) {
    static SettingsJson of(ClassSettings s) {
      return new SettingsJson(s.shuffleOptions(), s.timeLimitSeconds(), s.feedback().wireName(), s.retakes());
    }

    ClassSettings settings(String path, String file) throws ClassFileException {
      boolean shuffle = Json.need(shuffleOptions, path + ".shuffleOptions", file);
      int limit = Json.need(timeLimitSeconds, path + ".timeLimitSeconds", file);
      String fb = Json.need(feedback, path + ".feedback", file);
      var when = ClassSettings.Feedback.fromWireName(fb).orElseThrow(() -> new ClassFileException(
          file, path + ".feedback", "expected \"after_each\" or \"at_end\", found \"" + fb + "\""));
      boolean again = Json.need(retakes, path + ".retakes", file);
      try {
        return new ClassSettings(shuffle, limit, when, again);
      } catch (IllegalArgumentException e) {
        throw new ClassFileException(file, path + ".timeLimitSeconds", e.getMessage());
      }
    }
  }

  static QuizJson toJson(ClassQuiz quiz) {
    var questions = new ArrayList<JsonNode>();
    for (Question q : quiz.questions()) questions.add(BankCodec.toTree(q));
    return new QuizJson(FORMAT, ClassQuiz.SCHEMA_VERSION, quiz.code(), quiz.title(), quiz.createdAt(),
        SettingsJson.of(quiz.settings()), questions);
  }

  /**
   * A fingerprint of the quiz's content: SHA-256 of its canonical form, so two quizzes that differ
   * in any question, setting or code have different digests, whatever the layout of their files.
   * Version 1 results are sealed with a key derived from it.
   */
  public static String digest(ClassQuiz quiz) {
    return Json.sha256Hex(Json.canonical(Json.toTree(toJson(quiz))));
  }

  /** A version 1 quiz file (the whole quiz, answers included). */
  public static ClassQuiz read(String json, String file) throws ClassFileException {
    JsonNode root = Json.tree(json, file);
    if (!root.has("format") && root.has("article") && root.has("questions")) {
      throw new ClassFileException(file, "", "this is a question bank, not a class quiz (make one with: factdrill class create "
          + file + " -o QUIZ.json)");
    }
    return fromJson(Json.bind(root, QuizJson.class, file), "$", file);
  }

  static ClassQuiz fromJson(QuizJson j, String at, String file) throws ClassFileException {
    String code = Json.need(j.code(), at + ".code", file);
    if (!QuizCode.isValid(code)) {
      throw new ClassFileException(file, at + ".code", "expected " + QuizCode.LENGTH + " characters from "
          + QuizCode.ALPHABET + ", found \"" + code + "\"");
    }
    String title = Json.need(j.title(), at + ".title", file);
    if (title.isBlank()) throw new ClassFileException(file, at + ".title", "must not be blank");
    Instant createdAt = Json.need(j.createdAt(), at + ".createdAt", file);
    ClassSettings settings = Json.need(j.settings(), at + ".settings", file).settings(at + ".settings", file);
    List<Question> questions = questions(Json.needList(j.questions(), at + ".questions", file), at + ".questions", file);
    if (questions.isEmpty()) throw new ClassFileException(file, at + ".questions", "a class quiz needs at least one question");
    try {
      return new ClassQuiz(code, title, createdAt, settings, questions);
    } catch (IllegalArgumentException e) {
      throw new ClassFileException(file, at, e.getMessage());
    }
  }

  /**
   * The questions go through the bank codec inside a stand-in bank; its JSON paths
   * ({@code $.questions[2].choices}) are moved under {@code at}, the questions' place in this file.
   */
  private static List<Question> questions(List<JsonNode> array, String at, String file) throws ClassFileException {
    ObjectNode bank = Json.MAPPER.createObjectNode();
    bank.put("schemaVersion", QuestionBank.SCHEMA_VERSION);
    bank.put("id", "class-quiz");
    bank.put("title", "class quiz");
    ObjectNode article = bank.putObject("article");
    article.put("path", "");
    article.put("sha256", "");
    article.putArray("sentences");
    bank.putArray("questions").addAll(array);
    try {
      return BankCodec.read(Json.write(bank), file).questions();
    } catch (BankFormatException e) {
      String path = e.jsonPath().startsWith("$.questions") ? at + e.jsonPath().substring("$.questions".length()) : e.jsonPath();
      throw new ClassFileException(file, path, e.reason());
    }
  }
}
