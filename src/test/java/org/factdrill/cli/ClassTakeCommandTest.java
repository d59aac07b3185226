package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.factdrill.classroom.StudentResult;
import org.factdrill.classroom.StudentShuffle;
import org.factdrill.grading.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassTakeCommandTest {

  @TempDir Path dir;

  CliRun run(String input, String... args) {
    return CliRun.of(input, Map.of("FACTDRILL_HOME", dir.resolve("home").toString()), args);
  }

  ClassQuiz quiz(ClassSettings settings) throws Exception {
    var quiz = new ClassQuiz("K7QF3M", "Libya and the UN", ClassFixtures.CREATED, settings,
        List.of(ClassFixtures.DATE, ClassFixtures.NATO, ClassFixtures.EVENTS, ClassFixtures.ROLES));
    Files.writeString(dir.resolve("quiz.json"), ClassQuizCodec.write(quiz));
    return quiz;
  }

  StudentResult read(ClassQuiz quiz, Path file) throws Exception {
    var reading = ResultCodec.read(Files.readString(file), file.toString(), quiz, ClassQuizCodec.digest(quiz));
    return ((ResultCodec.Reading.Valid) reading).result();
  }

  String letter(ClassQuiz quiz, Student s, org.factdrill.questions.Question q, String option) {
    return String.valueOf((char) ('a' + StudentShuffle.options(quiz, s, q).indexOf(option)));
  }

  @Test
  void theScreensOfAClassQuizOfferNoHintAndSayTheSameCommandGoesOn() throws Exception {
    quiz(ClassSettings.defaults());
    CliRun r = run("?\n:quit\n", "class", "take", dir.resolve("quiz.json").toString(), "--student", "Ann", "--results", dir.resolve("out").toString());
    assertThat(r.code()).isZero();
    // Lines are wrapped at 80 columns: compare the words.
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains(":skip :source :quit, ? for help")
        .doesNotContain(":hint")
        .contains("leave; your answers are saved (end of input too); the same command goes on")
        .doesNotContain("--resume");
    assertThat(r.out().split("Quiz left: ", -1)).as("the summary is printed once").hasSize(2);
  }

  @Test
  void leavingKeepsTheAnswersAndTheSameCommandGoesOnToHandIn() throws Exception {
    var quiz = quiz(ClassSettings.defaults());
    var s = new Student("Zoë O'Brien", "");
    String quizFile = dir.resolve("quiz.json").toString();
    String results = dir.resolve("out").toString();
    // Two answers, then the input ends (as Ctrl-D would).
    CliRun first = run(letter(quiz, s, ClassFixtures.DATE, "March 19") + "\na\n", "class", "take", quizFile, "--student", s.name(), "--results", results);
    assertThat(first.code()).isZero();
    assertThat(first.out()).contains("your answers so far are saved", "factdrill class take " + quizFile + " --student \"Zoë O'Brien\"");
    assertThat(Files.exists(dir.resolve("out/K7QF3M").resolve(s.fileName()))).isFalse();

    // Ordering by numbers of the items as shown; matching by pairs "1a 2b 3c" of the shown right-hand items.
    List<String> items = StudentShuffle.options(quiz, s, ClassFixtures.EVENTS);
    String order = (items.indexOf("Resolution 1973 adopted") + 1) + " " + (items.indexOf("Military operation launched") + 1) + " "
        + (items.indexOf("Command transferred to NATO") + 1);
    List<String> rights = StudentShuffle.options(quiz, s, ClassFixtures.ROLES);
    String pairs = "1" + letter(quiz, s, ClassFixtures.ROLES, "President") + " 2" + letter(quiz, s, ClassFixtures.ROLES, "Foreign Minister")
        + " 3" + letter(quiz, s, ClassFixtures.ROLES, "Secretary General");
    assertThat(rights).hasSize(3);
    CliRun second = run(order + "\n" + pairs + "\n", "class", "take", quizFile, "--student", s.name(), "--results", results);
    assertThat(second.err()).isEmpty();
    assertThat(second.out()).contains("Welcome back, Zoë O'Brien: your attempt goes on (2 of 4 questions answered).", "Handed in: 3 of 4 (75%)");
    StudentResult result = read(quiz, dir.resolve("out/K7QF3M").resolve(s.fileName()));
    assertThat(result.responses()).extracting(StudentResult.Response::answer).containsExactly(
        new Answer.Choice("March 19"), new Answer.Choice("true"), new Answer.Order(ClassFixtures.EVENTS.answers()),
        new Answer.Pairs(Map.of("Medvedev", "President", "Lavrov", "Foreign Minister", "Ban Ki-moon", "Secretary General")));
    assertThat(result.score()).isEqualTo(3.0);
  }

  @Test
  void withRetakesEachAttemptGetsItsOwnFile() throws Exception {
    var quiz = quiz(new ClassSettings(true, 0, ClassSettings.Feedback.AFTER_EACH, true));
    var s = new Student("Bo", "");
    String all = ":skip\n:skip\n:skip\n:skip\n";
    assertThat(run(all, "class", "take", dir.resolve("quiz.json").toString(), "--student", "Bo", "--results", dir.resolve("r").toString()).code()).isZero();
    CliRun again = run(all, "class", "take", dir.resolve("quiz.json").toString(), "--student", "Bo", "--results", dir.resolve("r").toString());
    assertThat(again.code()).isZero();
    assertThat(Files.exists(dir.resolve("r/K7QF3M").resolve(s.fileName(1)))).isTrue();
    assertThat(Files.exists(dir.resolve("r/K7QF3M").resolve(s.fileName(2)))).isTrue();
    assertThat(read(quiz, dir.resolve("r/K7QF3M").resolve(s.fileName(2))).score()).isZero();
  }

  @Test
  void feedbackAfterEachQuestionShowsTheAnswerAtOnce() throws Exception {
    var quiz = quiz(new ClassSettings(false, 0, ClassSettings.Feedback.AFTER_EACH, false));
    CliRun r = run("b\n", "class", "take", dir.resolve("quiz.json").toString(), "--student", "Al", "--results", dir.resolve("r").toString());
    // With the same order for everyone, b is "March 19": wrong, and the right answer is shown before question 2.
    assertThat(r.out()).contains("March 17");
    assertThat(r.out().indexOf("March 17", r.out().indexOf("> "))).isLessThan(r.out().indexOf("Question 2 of 4"));
  }

  @Test
  void aBadNameOrQuizIsACleanError() throws Exception {
    quiz(ClassSettings.defaults());
    CliRun blank = run("", "class", "take", dir.resolve("quiz.json").toString(), "--student", "  ");
    assertThat(blank.code()).isEqualTo(2);
    assertThat(blank.err()).isEqualTo("factdrill: --student: the student's name must not be blank\n");
    Files.writeString(dir.resolve("bad.json"), "{\"format\": \"factdrill-class-quiz\", \"schemaVersion\": 1}");
    CliRun bad = run("", "class", "take", dir.resolve("bad.json").toString(), "--student", "Al");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).isEqualTo("factdrill: " + dir.resolve("bad.json") + ": at $: required field \"code\" is missing\n");
  }
}
