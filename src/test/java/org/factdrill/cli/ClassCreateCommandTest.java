package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.factdrill.bank.BankCodec;
import org.factdrill.classroom.ClassFixtures;
import org.factdrill.classroom.ClassQuiz;
import org.factdrill.classroom.KeyCodec;
import org.factdrill.classroom.PaperCodec;
import org.factdrill.classroom.PaperQuestion;
import org.factdrill.classroom.ClassSettings;
import org.factdrill.questions.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassCreateCommandTest {

  @TempDir Path dir;

  CliRun run(String... args) {
    return CliRun.of("", Map.of("FACTDRILL_HOME", dir.resolve("home").toString()), args);
  }

  Path bank() throws Exception {
    Path bank = dir.resolve("libya.json");
    Files.writeString(bank, BankCodec.write(ClassFixtures.bank()));
    return bank;
  }

  @Test
  void createsAStandAloneQuizWithTheSettingsAsked() throws Exception {
    Path quizFile = dir.resolve("quiz.json");
    CliRun r = run("class", "create", bank().toString(), "-n", "4", "--types", "multiple_choice,true_false,short_answer",
        "--time-limit", "30", "--title", "Friday quiz", "--seed", "5", "--feedback", "after-each", "-o", quizFile.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    var paper = ((PaperCodec.QuizFile.Paper) PaperCodec.read(Files.readString(quizFile), quizFile.toString())).paper();
    ClassQuiz quiz = KeyCodec.read(Files.readString(dir.resolve("home/class-keys").resolve(paper.code() + ".json")), "key").quiz();
    assertThat(paper.questions()).extracting(PaperQuestion::id).containsExactlyElementsOf(quiz.questions().stream().map(q -> q.id()).toList());
    assertThat(Files.readString(quizFile)).doesNotContain("\"answer\"", "\"accept\"", "\"source\"");
    assertThat(quiz.title()).isEqualTo("Friday quiz");
    assertThat(quiz.questions()).hasSize(4).allSatisfy(q -> assertThat(q.type())
        .isIn(QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER));
    assertThat(quiz.settings()).isEqualTo(new ClassSettings(true, 30, ClassSettings.Feedback.AFTER_EACH, false));
    assertThat(r.out()).contains("Quiz " + quiz.code() + " \"Friday quiz\": 4 questions", "30 s per question",
        "factdrill class take " + quizFile + " --student \"NAME\"", "No roster: students name themselves");

    // The same seed makes the same quiz (code and questions); its key replaces the first one only with --force.
    Path again = dir.resolve("again.json");
    String[] same = {"class", "create", bank().toString(), "-n", "4", "--types", "multiple_choice,true_false,short_answer",
        "--time-limit", "30", "--title", "Friday quiz", "--seed", "5", "--feedback", "after-each", "-o", again.toString()};
    CliRun refused = run(same);
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("an answer key for quiz " + quiz.code() + " is already kept in");
    assertThat(Files.exists(again)).isFalse();
    assertThat(run(CliRun.after(java.util.List.of(same), "--force")).code()).isZero();
    var second = ((PaperCodec.QuizFile.Paper) PaperCodec.read(Files.readString(again), again.toString())).paper();
    assertThat(second.code()).isEqualTo(paper.code());
    assertThat(second.questions()).isEqualTo(paper.questions());
  }

  @Test
  void anExistingQuizIsNotOverwrittenWithoutForce() throws Exception {
    Path quizFile = dir.resolve("quiz.json");
    assertThat(run("class", "create", bank().toString(), "-o", quizFile.toString()).code()).isZero();
    String before = Files.readString(quizFile);
    CliRun r = run("class", "create", bank().toString(), "-o", quizFile.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("factdrill: " + quizFile + ": already exists (not overwritten; --force replaces it)\n");
    assertThat(Files.readString(quizFile)).isEqualTo(before);
    assertThat(run("class", "create", bank().toString(), "--force", "-o", quizFile.toString()).code()).isZero();
  }

  @Test
  void askingForMoreQuestionsThanThereAreGivesAllOfThemWithANote() throws Exception {
    CliRun r = run("class", "create", bank().toString(), "-n", "50", "-o", dir.resolve("q.json").toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEqualTo("factdrill: note: asked for 50 questions, the banks hold 7; the quiz has 7\n");
  }

  @Test
  void badArgumentsAreUsageErrorsAndABadBankNamesTheFile() throws Exception {
    CliRun types = run("class", "create", bank().toString(), "--types", "essay", "-o", dir.resolve("q.json").toString());
    assertThat(types.code()).isEqualTo(2);
    assertThat(types.err()).startsWith("factdrill: --types: unknown type \"essay\"");
    CliRun feedback = run("class", "create", bank().toString(), "--feedback", "never", "-o", dir.resolve("q.json").toString());
    assertThat(feedback.code()).isEqualTo(2);
    CliRun noOutput = run("class", "create", bank().toString());
    assertThat(noOutput.code()).isEqualTo(2);
    assertThat(noOutput.err()).contains("class create needs --output");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, BankCodec.write(ClassFixtures.bank()).replace("\"kind\" : \"date\"", "\"kind\" : \"\""));
    CliRun bad = run("class", "create", broken.toString(), "-o", dir.resolve("q.json").toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).startsWith("factdrill: " + broken + ": line ").contains(": at $.questions[0].kind");
    CliRun none = run("class", "create", bank().toString(), "--types", "ordering", "-n", "2", "-o", dir.resolve("o.json").toString());
    assertThat(none.code()).isZero();
    CliRun empty = run("class", "create", dir.resolve("q.json").toString(), "-o", dir.resolve("x.json").toString());
    assertThat(empty.code()).isEqualTo(1);
    assertThat(Files.exists(dir.resolve("x.json"))).isFalse();
  }

  @Test
  void withARosterEachStudentGetsACodeAndThePaperChecksItWithoutHoldingIt() throws Exception {
    Path roster = dir.resolve("class.csv");
    Files.writeString(roster, "name,id\nAna Lima,s01\nBen Ode,s02\n");
    Path quizFile = dir.resolve("quiz.json");
    CliRun r = run("class", "create", bank().toString(), "-n", "3", "--roster", roster.toString(), "-o", quizFile.toString());
    assertThat(r.err()).isEmpty();
    var paper = ((PaperCodec.QuizFile.Paper) PaperCodec.read(Files.readString(quizFile), quizFile.toString())).paper();
    var key = KeyCodec.read(Files.readString(dir.resolve("home/class-keys").resolve(paper.code() + ".json")), "key");
    String ana = key.codeOf(new org.factdrill.classroom.Student("Ana Lima", "s01"));
    assertThat(r.out()).contains("  Ana Lima (s01)  " + ana, "Personal codes: give each student theirs privately");
    assertThat(Files.readString(quizFile)).doesNotContain(ana, "Ana Lima", "s01");
    assertThat(paper.rosterChecks()).hasSize(2);
    CliRun codes = run("class", "report", quizFile.toString(), "--codes");
    assertThat(codes.out()).isEqualTo("  Ana Lima (s01)  " + ana + "\n  Ben Ode (s02)   " + key.codeOf(new org.factdrill.classroom.Student("Ben Ode", "s02")) + "\n");
    Files.writeString(roster, "name,id\nAna,s01\nBen,s01\n");
    CliRun dup = run("class", "create", bank().toString(), "--roster", roster.toString(), "-o", dir.resolve("q2.json").toString());
    assertThat(dup.code()).isEqualTo(1);
    assertThat(dup.err()).isEqualTo("factdrill: " + roster + ": line 3: the id s01 is already used on line 2\n");
  }

  @Test
  void withKeyTheKeyGoesToThatFileOnlyAndTheReportReadsIt() throws Exception {
    Path quizFile = dir.resolve("quiz.json");
    Path key = dir.resolve("stick/key.json");
    Files.createDirectories(key.getParent());
    CliRun r = run("class", "create", bank().toString(), "-n", "2", "--key", key.toString(), "-o", quizFile.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Answer key kept in " + key + " (keep it to yourself; class report --key " + key + " needs it)");
    assertThat(Files.exists(dir.resolve("home/class-keys"))).isFalse();
    assertThat(Files.readString(key)).contains("\"answer\"");
    assertThat(run("class", "report", quizFile.toString(), "--results", dir.resolve("r").toString()).code()).isEqualTo(1);
    CliRun report = run("class", "report", quizFile.toString(), "--key", key.toString(), "--results", dir.resolve("r").toString());
    assertThat(report.code()).isZero();
    assertThat(report.out()).contains("no results yet");
  }
}
