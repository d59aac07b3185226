package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

class ClassTakeCommandTest {

  @TempDir Path dir;

  CliRun run(String home, String input, String... args) {
    return CliRun.of(input, Map.of("FACTDRILL_HOME", dir.resolve(home).toString()), args);
  }

  ClassSetup quiz(ClassSettings settings, List<Student> roster) throws Exception {
    var quiz = new ClassQuiz("K7QF3M", "Libya and the UN", ClassFixtures.CREATED, settings,
        List.of(ClassFixtures.DATE, ClassFixtures.NATO, ClassFixtures.EVENTS, ClassFixtures.ROLES));
    return ClassSetup.write(dir.resolve("quiz.json"), dir.resolve("teacher"), quiz, roster);
  }

  HandedIn read(ClassSetup setup, Path file) throws Exception {
    var reading = ResultCodec.read(Files.readString(file), file.toString(), ClassFixtures.expecting(setup.key()));
    return ((ResultCodec.Reading.Valid) reading).attempt();
  }

  @Test
  void aClassQuizShowsNoVerdictAndNoHint() throws Exception {
    quiz(ClassSettings.defaults(), List.of());
    CliRun r = run("ann", "a\n:hint\n:source\n?\n:quit\n", "class", "take", dir.resolve("quiz.json").toString(), "--student", "Ann",
        "--results", dir.resolve("out").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Answer saved.", "There are no hints or sources in a class quiz.", "run the same command to go on")
        .doesNotContain("Correct", "Wrong", "The answer", "March 17 (");
  }

  @Test
  void leavingKeepsTheAnswersAndTheSameCommandGoesOnToHandIn() throws Exception {
    ClassSetup setup = quiz(ClassSettings.defaults(), List.of());
    var s = new Student("Zoë O'Brien", "");
    String quizFile = setup.quizFile().toString();
    String results = dir.resolve("out").toString();
    // Two answers, then the input ends (as Ctrl-D would).
    CliRun first = run("zoe", setup.letter(s, "q-0000000a", "March 19") + "\na\n", "class", "take", quizFile, "--student", s.name(), "--results", results);
    assertThat(first.code()).isZero();
    assertThat(first.out()).contains("your answers so far are saved", "factdrill class take " + quizFile + " --student \"Zoë O'Brien\"");
    assertThat(Files.exists(dir.resolve("out/K7QF3M").resolve(s.fileName()))).isFalse();

    String order = setup.number(s, "q-0000000f", "Resolution 1973 adopted") + " " + setup.number(s, "q-0000000f", "Military operation launched")
        + " " + setup.number(s, "q-0000000f", "Command transferred to NATO");
    String pairs = "1" + setup.letter(s, "q-00000010", "President") + " 2" + setup.letter(s, "q-00000010", "Foreign Minister")
        + " 3" + setup.letter(s, "q-00000010", "Secretary General");
    CliRun second = run("zoe", order + "\n" + pairs + "\n", "class", "take", quizFile, "--student", s.name(), "--results", results);
    assertThat(second.err()).isEmpty();
    assertThat(second.out()).contains("Welcome back, Zoë O'Brien: your attempt goes on (2 of 4 questions answered).",
        "Handed in: 4 answers. Your teacher's report grades them.");
    HandedIn result = read(setup, dir.resolve("out/K7QF3M").resolve(s.fileName()));
    assertThat(result.responses()).extracting(HandedIn.Given::answer).containsExactly(
        new Answer.Choice("March 19"), new Answer.Choice("true"), new Answer.Order(ClassFixtures.EVENTS.answers()),
        new Answer.Pairs(Map.of("Medvedev", "President", "Lavrov", "Foreign Minister", "Ban Ki-moon", "Secretary General")));
    // No grade in the file: the report grades.
    assertThat(Files.readString(dir.resolve("out/K7QF3M").resolve(s.fileName()))).doesNotContain("\"score\"", "\"outcome\"", "\"correct\"");
  }

  @Test
  void aTimedQuestionSaysTheTimeLeftAsItRunsAndALateAnswerIsTooLateWithWhatWasGiven() throws Exception {
    ClassSetup setup = quiz(new ClassSettings(false, 20, ClassSettings.Feedback.AT_END, false), List.of());
    var paper = ((org.factdrill.classroom.PaperCodec.QuizFile.Paper) ClassFiles.readQuiz(setup.quizFile())).paper();
    var clock = new java.util.concurrent.atomic.AtomicReference<>(ClassFixtures.CREATED);
    var fixed = new java.time.Clock() {
      @Override public java.time.ZoneId getZone() { return java.time.ZoneOffset.UTC; }
      @Override public java.time.Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public java.time.Instant instant() { return clock.get(); }
    };
    // each line is typed some seconds after the prompt is shown: 5 s, then 30 s (past the limit), then 3 s and 2 s
    var seconds = new java.util.ArrayDeque<>(List.of(5, 30, 3, 2, 0));
    var replies = new java.util.ArrayDeque<>(List.of("?", "March 19", ":skip", "a"));
    var prompts = new java.util.ArrayList<String>();
    AnswerLines lines = prompt -> {
      prompts.add(prompt.get());
      clock.set(clock.get().plusSeconds(seconds.pop()));
      return replies.isEmpty() ? null : replies.pop();
    };
    var out = new java.io.ByteArrayOutputStream();
    var main = new Main(java.io.InputStream.nullInputStream(), new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
        System.err, Map.of());
    var given = new java.util.ArrayList<HandedIn.Given>();
    new ClassTakeCommand.PaperRun(main, lines, fixed, paper, new Student("Ann", "")).run(given, g -> { });
    // the time left when each line began: the whole 20 s, then 15 s after the help; then the next question's 20 s
    assertThat(prompts).startsWith("(20s left) > ", "(15s left) > ", "(20s left) > ");
    String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains("Too late: you gave March 19 after the time limit of 20 s. It is saved, and counts as wrong.");
    assertThat(given.get(0).timedOut()).isTrue();
    assertThat(given.get(1).timedOut()).isFalse();
  }

  @Test
  void withRetakesEachAttemptGetsItsOwnFile() throws Exception {
    quiz(new ClassSettings(true, 0, ClassSettings.Feedback.AT_END, true), List.of());
    var s = new Student("Bo", "");
    String all = ":skip\n:skip\n:skip\n:skip\n";
    assertThat(run("bo", all, "class", "take", dir.resolve("quiz.json").toString(), "--student", "Bo", "--results", dir.resolve("r").toString()).code()).isZero();
    CliRun again = run("bo", all, "class", "take", dir.resolve("quiz.json").toString(), "--student", "Bo", "--results", dir.resolve("r").toString());
    assertThat(again.code()).isZero();
    assertThat(Files.exists(dir.resolve("r/K7QF3M").resolve(s.fileName(1)))).isTrue();
    assertThat(Files.exists(dir.resolve("r/K7QF3M").resolve(s.fileName(2)))).isTrue();
  }

  @Test
  void withARosterTheStudentGivesTheirIdAndCode() throws Exception {
    var ana = new Student("Ana", "s01");
    var ben = new Student("Ben", "s02");
    ClassSetup setup = quiz(ClassSettings.defaults(), List.of(ana, ben));
    String code = setup.key().codeOf(ana);
    String results = dir.resolve("r").toString();

    CliRun noId = run("ana", "", "class", "take", dir.resolve("quiz.json").toString(), "--student", "Ana", "--results", results);
    assertThat(noId.code()).isEqualTo(2);
    assertThat(noId.err()).isEqualTo("factdrill: --id: quiz K7QF3M has a roster; give your student id (--id ID)\n");

    CliRun stranger = run("eve", "", "class", "take", dir.resolve("quiz.json").toString(), "--student", "Eve", "--id", "s99", "--results", results);
    assertThat(stranger.code()).isEqualTo(1);
    assertThat(stranger.err()).isEqualTo("factdrill: student id s99 is not on the roster of quiz K7QF3M; check it with your teacher\n");

    // Ben tries Ana's id with his own code: refused before any question.
    CliRun borrowed = run("ben", "", "class", "take", dir.resolve("quiz.json").toString(), "--student", "Ana", "--id", "s01", "--code", setup.key().codeOf(ben),
        "--results", results);
    assertThat(borrowed.code()).isEqualTo(1);
    assertThat(borrowed.err()).startsWith("factdrill: that is not the personal code of student id s01 for quiz K7QF3M");
    assertThat(borrowed.out()).doesNotContain("Question 1");

    // Ana types her code when asked, in lower case with a space.
    CliRun asked = run("ana", code.toLowerCase().replace('-', ' ') + "\n:skip\n:skip\n:skip\n:skip\n", "class", "take", dir.resolve("quiz.json").toString(),
        "--student", "Ana", "--id", "s01", "--results", results);
    assertThat(asked.err()).isEmpty();
    assertThat(asked.out()).startsWith("Your personal code (from your teacher): ").contains("Handed in: 4 answers (4 skipped)");
    assertThat(read(setup, dir.resolve("r/K7QF3M").resolve(ana.fileName())).student()).isEqualTo(ana);
  }

  @Test
  void aQuizFileOfTheFirstVersionCannotBeTakenAndSaysHowToRecreateIt() throws Exception {
    Files.write(dir.resolve("old.json"), getClass().getResourceAsStream("/org/factdrill/classroom/v1/quiz.json").readAllBytes());
    CliRun r = run("x", "", "class", "take", dir.resolve("old.json").toString(), "--student", "Al");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("factdrill: " + dir.resolve("old.json") + ": quiz FAMYYG was made by an earlier factdrill and holds its answers,"
        + " so it can no longer be taken; ask your teacher for a new file (made with: factdrill class create ... -o QUIZ.json --force)\n");
  }

  @Test
  void aBadNameOrQuizIsACleanError() throws Exception {
    quiz(ClassSettings.defaults(), List.of());
    CliRun blank = run("x", "", "class", "take", dir.resolve("quiz.json").toString(), "--student", "  ");
    assertThat(blank.code()).isEqualTo(2);
    assertThat(blank.err()).isEqualTo("factdrill: --student: the student's name must not be blank\n");
    Files.writeString(dir.resolve("bad.json"), "{\"format\": \"factdrill-class-quiz\", \"schemaVersion\": 2}");
    CliRun bad = run("x", "", "class", "take", dir.resolve("bad.json").toString(), "--student", "Al");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).isEqualTo("factdrill: " + dir.resolve("bad.json") + ": at $: required field \"code\" is missing\n");
  }
}
