package org.factdrill.classroom;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factdrill.questions.QuestionType;

/**
 * The students' paper as JSON (class quiz schema version 2), bound by Jackson. Reading a class
 * quiz file also recognises the version 1 files of earlier factdrills, which held the answers:
 * {@link #read} says which one it found.
 */
public final class PaperCodec {
  private PaperCodec() {}

  /** A class quiz file: today's paper, or a version 1 quiz that still holds its answers. */
  public sealed interface QuizFile {
    record Paper(QuestionPaper paper) implements QuizFile {}

    record WithAnswers(ClassQuiz quiz) implements QuizFile {}
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PaperJson(String format, Integer schemaVersion, String code, String title, Instant createdAt,
      ClassQuizCodec.SettingsJson settings, List<QuestionJson> questions, Map<String, String> roster) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record QuestionJson(String id, String type, String prompt, List<String> options, List<String> lefts) {}

  public static String write(QuestionPaper paper) {
    return Json.write(toJson(paper));
  }

  private static PaperJson toJson(QuestionPaper p) {
    var questions = new ArrayList<QuestionJson>();
    for (PaperQuestion q : p.questions()) questions.add(new QuestionJson(q.id(), q.type().wireName(), q.prompt(), q.options(), q.lefts()));
    return new PaperJson(ClassQuizCodec.FORMAT, QuestionPaper.SCHEMA_VERSION, p.code(), p.title(), p.createdAt(),
        ClassQuizCodec.SettingsJson.of(p.settings()), questions, p.hasRoster() ? new TreeMap<>(p.rosterChecks()) : null);
  }

  /** SHA-256 of the paper's canonical form: results and the answer key name the paper they belong to by it. */
  public static String digest(QuestionPaper paper) {
    return Json.sha256Hex(Json.canonical(Json.toTree(toJson(paper))));
  }

  public static QuizFile read(String json, String file) throws ClassFileException {
    JsonNode root = Json.tree(json, file);
    if (!root.has("format") && root.has("article") && root.has("questions")) {
      throw new ClassFileException(file, "", "this is a question bank, not a class quiz (make one with: factdrill class create "
          + file + " -o QUIZ.json)");
    }
    JsonNode format = root.get("format");
    if (format == null || !ClassQuizCodec.FORMAT.equals(format.asText())) {
      if (format != null && ResultCodec.FORMAT.equals(format.asText())) {
        throw new ClassFileException(file, "$.format", "this is a student's result, not a class quiz");
      }
      throw new ClassFileException(file, "$.format", "expected \"" + ClassQuizCodec.FORMAT + "\"" + (format == null ? "" : ", found " + format));
    }
    JsonNode version = root.get("schemaVersion");
    if (version != null && version.canConvertToInt() && version.asInt() == ClassQuiz.SCHEMA_VERSION) {
      return new QuizFile.WithAnswers(ClassQuizCodec.read(json, file));
    }
    if (version == null || !version.canConvertToInt() || version.asInt() != QuestionPaper.SCHEMA_VERSION) {
      throw new ClassFileException(file, "$.schemaVersion", "this factdrill reads class quiz versions 1 and " + QuestionPaper.SCHEMA_VERSION
          + ", the file has " + version);
    }
    return new QuizFile.Paper(fromJson(Json.bind(root, PaperJson.class, file), file));
  }

  private static QuestionPaper fromJson(PaperJson j, String file) throws ClassFileException {
    String code = Json.need(j.code(), "$.code", file);
    if (!QuizCode.isValid(code)) {
      throw new ClassFileException(file, "$.code", "expected " + QuizCode.LENGTH + " characters from " + QuizCode.ALPHABET + ", found \"" + code + "\"");
    }
    var questions = new ArrayList<PaperQuestion>();
    List<QuestionJson> list = Json.needList(j.questions(), "$.questions", file);
    for (int i = 0; i < list.size(); i++) {
      String at = "$.questions[" + i + "]";
      QuestionJson q = list.get(i);
      if (q == null) throw new ClassFileException(file, at, "expected an object");
      String typeName = Json.need(q.type(), at + ".type", file);
      QuestionType type = QuestionType.fromWireName(typeName).orElseThrow(() -> new ClassFileException(file, at + ".type",
          "unknown question type \"" + typeName + "\""));
      try {
        questions.add(new PaperQuestion(Json.need(q.id(), at + ".id", file), type, Json.need(q.prompt(), at + ".prompt", file),
            q.options() == null ? List.of() : q.options(), q.lefts() == null ? List.of() : q.lefts()));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new ClassFileException(file, at, e.getMessage());
      }
    }
    try {
      return new QuestionPaper(code, Json.need(j.title(), "$.title", file), Json.need(j.createdAt(), "$.createdAt", file),
          Json.need(j.settings(), "$.settings", file).settings("$.settings", file), questions,
          j.roster() == null ? Map.of() : j.roster());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ClassFileException(file, "$", e.getMessage());
    }
  }
}
