package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factdrill.classroom.ClassFixtures;
import org.factdrill.classroom.ClassQuiz;
import org.factdrill.classroom.ClassSettings;
import org.factdrill.classroom.HandedIn;
import org.factdrill.classroom.ResultCodec;
import org.factdrill.classroom.Student;
import org.factdrill.grading.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassReportCommandTest {

  @TempDir Path dir;

  CliRun run(String... args) {
    return CliRun.of("", Map.of("FACTDRILL_HOME", dir.resolve("teacher").toString(), "TERM", "dumb"), args);
  }

  private final ClassQuiz quiz = new ClassQuiz("K7QF3M", "Libya and the UN", ClassFixtures.CREATED, ClassSettings.defaults(),
      List.of(ClassFixtures.DATE, ClassFixtures.NATO));
  private static final Instant START = Instant.parse("2025-03-17T09:00:00Z");

  private ClassSetup setUp(List<Student> roster) throws Exception {
    ClassSetup setup = ClassSetup.write(dir.resolve("quiz.json"), dir.resolve("teacher"), quiz, roster);
    Path folder = Files.createDirectories(dir.resolve("results/K7QF3M"));
    Student ana = roster.isEmpty() ? new Student("Ana María", "") : roster.get(0);
    Student bob = roster.isEmpty() ? new Student("Bob", "b-2") : roster.get(1);
    write(setup, folder, ana, new Answer.Choice("March 17"), new Answer.Choice("true"));
    write(setup, folder, bob, new Answer.Choice("March 31"), new Answer.Choice("true"));
    if (roster.isEmpty()) write(setup, folder, new Student("Chen", ""), new Answer.Choice("March 31"), new Answer.Choice("false"));
    return setup;
  }

  private Path write(ClassSetup setup, Path folder, Student s, Answer... answers) throws Exception {
    Path file = folder.resolve(s.fileName());
    HandedIn h = ClassFixtures.handIn(setup.key(), s, "attempt-" + s.name(), START, List.of(answers));
    Files.writeString(file, ClassFixtures.sealed(setup.key(), h));
    return file;
  }

  private String results() {
    return dir.resolve("results").toString();
  }

  @Test
  void theReportGradesTheAnswersAndShowsRosterGradesAndQuestions() throws Exception {
    ClassSetup setup = setUp(List.of());
    CliRun r = run("class", "report", setup.quizFile().toString(), "--results", results(), "--csv", dir.resolve("grades.csv").toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(
        "Quiz K7QF3M  \"Libya and the UN\"  2 questions, 3 students",
        "  Ana María  ",
        "  Bob        b-2        1/2      50%",
        "Class: mean 50%, median 50%, lowest 0%, highest 100%",
        "Identities: self-declared.",
        "  90–100%  |#",
        "  Q1  \"March 19\" ×0, \"March 31\" ×2, \"April 1\" ×0   (answer: \"March 17\")",
        "  Q2  \"False\" ×1   (answer: \"True\")");
    assertThat(Files.readString(dir.resolve("grades.csv"))).contains("Bob,b-2,1,50,0,1\r\n");
  }

  @Test
  void withoutTheKeyTheReportSaysWhereItLookedAndHowToGiveIt() throws Exception {
    ClassSetup setup = setUp(List.of());
    CliRun r = CliRun.of("", Map.of("FACTDRILL_HOME", dir.resolve("elsewhere").toString()), "class", "report", setup.quizFile().toString(),
        "--results", results());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("factdrill: no answer key for quiz K7QF3M in " + dir.resolve("elsewhere/class-keys")
        + "; report on the computer the quiz was made on, or give the key with --key FILE (class create --key FILE writes a copy)\n");
    CliRun withKey = CliRun.of("", Map.of("FACTDRILL_HOME", dir.resolve("elsewhere").toString()), "class", "report",
        setup.quizFile().toString(), "--results", results(), "--key", dir.resolve("teacher/class-keys/K7QF3M.json").toString());
    assertThat(withKey.code()).isZero();
    assertThat(withKey.out()).contains("3 students");
  }

  /** Bob re-seals a result under Ana's roster id with his own code; a partial and a repeated result are refused too. */
  @Test
  void withARosterABorrowedPartialOrRepeatedResultIsRefusedByName() throws Exception {
    var ana = new Student("Ana", "s01");
    var bob = new Student("Bob", "s02");
    ClassSetup setup = setUp(List.of(ana, bob));
    Path folder = dir.resolve("results/K7QF3M");
    HandedIn forAna = ClassFixtures.handIn(setup.key(), ana, "attempt-bob-2", START.plusSeconds(60),
        List.of(new Answer.Choice("April 1"), new Answer.Choice("false")));
    Path borrowed = folder.resolve("ana-by-bob.json");
    Files.writeString(borrowed, ResultCodec.write(forAna, setup.key().codeOf(bob)));
    HandedIn whole = ClassFixtures.handIn(setup.key(), bob, "attempt-bob-3", START.plusSeconds(120),
        List.of(new Answer.Choice("March 17"), new Answer.Choice("true")));
    var one = new HandedIn(whole.quizCode(), whole.quizTitle(), whole.paperDigest(), whole.attemptId(), bob, whole.startedAt(),
        whole.finishedAt(), List.of(whole.responses().get(0)));
    Path partial = folder.resolve("bob-partial.json");
    Files.writeString(partial, ResultCodec.write(one, setup.key().codeOf(bob)));
    var twice = new HandedIn(whole.quizCode(), whole.quizTitle(), whole.paperDigest(), "attempt-bob-4", bob, whole.startedAt(),
        whole.finishedAt(), List.of(whole.responses().get(0), whole.responses().get(0)));
    Path repeated = folder.resolve("bob-repeated.json");
    Files.writeString(repeated, ResultCodec.write(twice, setup.key().codeOf(bob)));

    CliRun r = run("class", "report", setup.quizFile().toString(), "--results", results());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(
        "factdrill: refused " + borrowed + ": its seal does not match the personal code of Ana (s01) (handed in without their code, or changed after it was written)\n",
        "factdrill: refused " + partial + ": answers 1 of the quiz's 2 questions; a result holds an answer (or a skip) for every question\n",
        "factdrill: refused " + repeated + ": answers question q-0000000a more than once\n",
        "factdrill: 3 result files were refused (see above)\n");
    assertThat(r.out()).contains("2 students", "Ana      s01        2/2", "Bob      s02        1/2", "Identities: checked");
  }

  @Test
  void aSecondAttemptIsFlaggedAndTheFirstCounts() throws Exception {
    var ana = new Student("Ana", "s01");
    var bob = new Student("Bob", "s02");
    ClassSetup setup = setUp(List.of(ana, bob));
    // Bob, on a fresh data folder, takes it again and does better.
    HandedIn again = ClassFixtures.handIn(setup.key(), bob, "attempt-bob-2", START.plusSeconds(3600),
        List.of(new Answer.Choice("March 17"), new Answer.Choice("true")));
    Files.writeString(dir.resolve("results/K7QF3M/bob-again.json"), ClassFixtures.sealed(setup.key(), again));
    CliRun r = run("class", "report", setup.quizFile().toString(), "--results", results());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Bob      s02        1/2", "Flagged (1)");
    assertThat(r.err()).isEqualTo("factdrill: flagged Bob (s02): attempt 2 (started 2025-03-17 10:00:00 UTC) not counted: this quiz allows"
        + " one attempt, and the first (started 2025-03-17 09:00:00 UTC) counts\n");
  }

  @Test
  void anEditedResultIsRefusedAndFilesThatAreNoResultsAreSetAside() throws Exception {
    ClassSetup setup = setUp(List.of());
    Path folder = dir.resolve("results/K7QF3M");
    Path bob = folder.resolve(new Student("Bob", "b-2").fileName());
    Files.writeString(bob, Files.readString(bob).replace("\"choice\" : \"March 31\"", "\"choice\" : \"March 17\""));
    Files.write(folder.resolve("photo.json"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2});
    Files.writeString(folder.resolve("empty.json"), "");
    Path chen = folder.resolve(new Student("Chen", "").fileName());
    String whole = Files.readString(chen);
    Files.writeString(chen, whole.substring(0, whole.length() / 2));
    CliRun r = run("class", "report", setup.quizFile().toString(), "--results", results());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("factdrill: refused " + bob + ": the file was changed after it was written (its seal does not match)\n",
        "factdrill: refused " + chen + ": not a readable result file (").doesNotContain("Exception", "Jackson");
    assertThat(r.out()).contains("1 student", "Set aside, not results of this quiz (2)",
        folder.resolve("photo.json") + ": not a class result file (not UTF-8 text)", folder.resolve("empty.json") + ": not a class result file");
  }

  @Test
  void aQuizAndResultsOfTheFirstVersionStillReportGradedFromTheirAnswers() throws Exception {
    Path old = dir.resolve("old.json");
    Files.write(old, getClass().getResourceAsStream("/org/factdrill/classroom/v1/quiz.json").readAllBytes());
    Path folder = Files.createDirectories(dir.resolve("results/FAMYYG"));
    for (String name : List.of("ana", "ben")) {
      Files.write(folder.resolve(name + ".json"), getClass().getResourceAsStream("/org/factdrill/classroom/v1/" + name + ".json").readAllBytes());
    }
    CliRun r = run("class", "report", old.toString(), "--results", results(), "--json");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("roster").get(0).path("student").asText()).isEqualTo("Ana");
    assertThat(json.path("roster").get(0).path("score").asDouble()).isEqualTo(0.0);
    assertThat(json.path("roster").get(1).path("score").asDouble()).isEqualTo(2.0);
    assertThat(json.path("identities").asText()).isEqualTo("self-declared");
  }

  @Test
  void noResultsYetIsNotAnError() throws Exception {
    ClassSetup setup = ClassSetup.write(dir.resolve("quiz.json"), dir.resolve("teacher"), quiz, List.of());
    CliRun r = run("class", "report", setup.quizFile().toString(), "--results", dir.resolve("none").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("no results yet", "(looked in ");
    CliRun missing = run("class", "report", dir.resolve("nope.json").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("factdrill: " + dir.resolve("nope.json") + ": no such file\n");
  }
}
