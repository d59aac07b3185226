package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factdrill.classroom.ClassFixtures;
import org.factdrill.classroom.ClassQuiz;
import org.factdrill.classroom.ClassQuizCodec;
import org.factdrill.classroom.ClassSettings;
import org.factdrill.classroom.ResultCodec;
import org.factdrill.classroom.Student;
import org.factdrill.grading.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassReportCommandTest {

  @TempDir Path dir;

  CliRun run(String... args) {
    return CliRun.of("", Map.of("FACTDRILL_HOME", dir.resolve("home").toString(), "TERM", "dumb"), args);
  }

  private final ClassQuiz quiz = new ClassQuiz("K7QF3M", "Libya and the UN", ClassFixtures.CREATED, ClassSettings.defaults(),
      List.of(ClassFixtures.DATE, ClassFixtures.NATO));

  private Path setUp() throws Exception {
    Path quizFile = dir.resolve("quiz.json");
    Files.writeString(quizFile, ClassQuizCodec.write(quiz));
    Path folder = Files.createDirectories(dir.resolve("results/K7QF3M"));
    write(folder, new Student("Ana María", ""), new Answer.Choice("March 17"), new Answer.Choice("true"));
    write(folder, new Student("Bob", "b-2"), new Answer.Choice("March 31"), new Answer.Choice("true"));
    write(folder, new Student("Chen", ""), new Answer.Choice("March 31"), new Answer.Choice("false"));
    return quizFile;
  }

  private Path write(Path folder, Student s, Answer... answers) throws Exception {
    Path file = folder.resolve(s.fileName());
    Files.writeString(file, ResultCodec.write(ClassFixtures.result(quiz, s, List.of(answers)), quiz));
    return file;
  }

  @Test
  void theReportShowsRosterGradesAndQuestions() throws Exception {
    Path quizFile = setUp();
    CliRun r = run("class", "report", quizFile.toString(), "--results", dir.resolve("results").toString(),
        "--csv", dir.resolve("grades.csv").toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(
        "Quiz K7QF3M  \"Libya and the UN\"  2 questions, 3 students",
        "  Ana María  ",
        "  Bob        b-2        1/2      50%",
        "Class: mean 50%, median 50%, lowest 0%, highest 100%",
        "  90–100%  |#",
        "  Q1  \"March 19\" ×0, \"March 31\" ×2, \"April 1\" ×0   (answer: \"March 17\")",
        "  Q2  \"False\" ×1   (answer: \"True\")");
    assertThat(Files.readString(dir.resolve("grades.csv"))).contains("Bob,b-2,1,50,0,1\r\n");
  }

  @Test
  void anEditedResultIsRefusedByNameAndNotCounted() throws Exception {
    Path quizFile = setUp();
    Path bob = dir.resolve("results/K7QF3M").resolve(new Student("Bob", "b-2").fileName());
    Files.writeString(bob, Files.readString(bob).replace("\"choice\" : \"March 31\"", "\"choice\" : \"March 17\""));
    CliRun r = run("class", "report", quizFile.toString(), "--results", dir.resolve("results").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("factdrill: refused " + bob + ": the file was changed after it was written (its checksum does not match)\n"
        + "factdrill: 1 result file was refused (see above)\n");
    assertThat(r.out()).contains("2 students", "Refused, not counted (1)").doesNotContain("  Bob ");
  }

  @Test
  void aResultOfAnotherQuizIsSetAsideAndJsonCanBePrinted() throws Exception {
    Path quizFile = setUp();
    var other = new ClassQuiz("ABCDEF", "Other quiz", quiz.createdAt(), quiz.settings(), quiz.questions());
    Files.writeString(dir.resolve("results/K7QF3M/stray.json"),
        ResultCodec.write(ClassFixtures.result(other, new Student("Dee", ""), List.of()), other));
    CliRun r = run("class", "report", quizFile.toString(), "--results", dir.resolve("results").toString(), "--json");
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("grades").path("students").asInt()).isEqualTo(3);
    assertThat(json.path("ignored").get(0).path("reason").asText()).isEqualTo("a result of quiz ABCDEF \"Other quiz\"");
    assertThat(json.path("questions").get(0).path("facility").asDouble()).isEqualTo(0.3333);
    // Q2 scores x = (1, 1, 0), rest of the quiz y = Q1 = (1, 0, 0): Σxy deviations 1/3, Σx² 2/3, Σy² 2/3, r = 0.5.
    assertThat(json.path("questions").get(1).path("discrimination").asDouble()).isEqualTo(0.5);
  }

  @Test
  void filesThatAreNoResultsAreSetAsideAndAHalfCopiedResultIsRefused() throws Exception {
    Path quizFile = setUp();
    Path folder = dir.resolve("results/K7QF3M");
    Files.write(folder.resolve("photo.json"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2});
    Files.writeString(folder.resolve("empty.json"), "");
    Path bob = folder.resolve(new Student("Bob", "b-2").fileName());
    String whole = Files.readString(bob);
    Files.writeString(bob, whole.substring(0, whole.length() / 2));
    CliRun r = run("class", "report", quizFile.toString(), "--results", dir.resolve("results").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("factdrill: refused " + bob + ": not a readable result file (").doesNotContain("Exception")
        .endsWith("factdrill: 1 result file was refused (see above)\n");
    assertThat(r.out()).contains("2 students", "Set aside, not results of this quiz (2)",
        folder.resolve("photo.json") + ": not a class result file (not UTF-8 text)", folder.resolve("empty.json") + ": not a class result file");
  }

  @Test
  void noResultsYetIsNotAnError() throws Exception {
    Path quizFile = dir.resolve("quiz.json");
    Files.writeString(quizFile, ClassQuizCodec.write(quiz));
    CliRun r = run("class", "report", quizFile.toString(), "--results", dir.resolve("none").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("no results yet", "(looked in ");
    CliRun missing = run("class", "report", dir.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("factdrill: " + dir.resolve("nope.json") + ": no such file\n");
  }
}
