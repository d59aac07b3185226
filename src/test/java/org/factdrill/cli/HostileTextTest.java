package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.factdrill.questions.TrueFalse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack: a bank's text printed raw renamed the terminal window, cleared the screen, set the
 * clipboard (OSC 52) and made the terminal type a cursor report into the shell. Every byte that
 * show, quiz --plain, stats and class report print for a bank full of escape sequences (and a
 * student's answer holding them) is checked: no ESC, no CSI (U+009B), no BEL.
 */
class HostileTextTest {

  @TempDir Path dir;

  /** Window title, clear screen, clipboard, cursor report, 8-bit CSI colour, bell, carriage return. */
  static final String TITLE = "\u001b]0;pwned\u0007";
  static final String CLEAR = "\u001b[2J\u001b[H";
  static final String CLIPBOARD = "\u001b]52;c;ZWNobyBldmls\u0007";
  static final String REPORT = "\u001b[6n";
  static final String CSI8 = "\u009b31m";
  static final String ALL = TITLE + CLEAR + CLIPBOARD + REPORT + CSI8 + "\u0007\r";

  static final Source SOURCE = new Source(0, "The source " + ALL + " sentence.");

  static QuestionBank bank() {
    return new QuestionBank("hostile", "Hostile " + ALL, new QuestionBank.ArticleRef("", "", List.of()), List.of(
        new MultipleChoice("q-0000e001", "Which one " + ALL + "?", "Right " + CLEAR,
            List.of("Right " + CLEAR, "Wrong " + TITLE, "Other " + CLIPBOARD), List.of(), "thing " + REPORT, SOURCE),
        new ShortAnswer("q-0000e002", "Name it " + ALL + " ____.", "Answer " + CSI8, List.of(), "person", SOURCE),
        new TrueFalse("q-0000e003", "True or false: " + ALL, true, "event", SOURCE)));
  }

  CliRun run(String home, String input, String... args) {
    return CliRun.of(input, Map.of("USER", "sam", "TERM", "xterm", "COLUMNS", "100"),
        CliRun.after(List.of("--home", dir.resolve(home).toString()), args));
  }

  static void assertNoControlBytes(CliRun r, String what) {
    for (byte[] bytes : List.of(r.outBytes(), r.err().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      assertThat(text).as(what).doesNotContain("\u001b", "\u009b", "\u0007", "\u009d", "\r");
      for (byte b : bytes) assertThat(b).as(what + ": ESC or BEL byte").isNotIn((byte) 0x1b, (byte) 0x07);
    }
  }

  @Test
  void showQuizStatsAndClassReportPrintNoEscapeSequence() throws Exception {
    Path bank = dir.resolve("hostile.json");
    Files.writeString(bank, BankCodec.write(bank()));

    CliRun show = run("me", "", "show", bank.toString());
    assertThat(show.code()).isZero();
    assertNoControlBytes(show, "show");
    // Shown, not hidden: the visible stand-ins tell the reader something odd is in the bank.
    assertThat(show.out()).contains("␛]0;pwned␇");

    CliRun quiz = run("me", "b\nAnswer " + TITLE + "\n:skip\n", "quiz", bank.toString(), "--plain");
    assertThat(quiz.code()).isZero();
    assertNoControlBytes(quiz, "quiz --plain");
    assertThat(quiz.out()).contains("Which one");

    CliRun stats = run("me", "", "stats");
    assertThat(stats.code()).isZero();
    assertNoControlBytes(stats, "stats");

    Path quizFile = dir.resolve("class.json");
    CliRun create = run("teacher", "", "class", "create", bank.toString(), "-n", "3", "-o", quizFile.toString());
    assertThat(create.code()).isZero();
    assertNoControlBytes(create, "class create");
    Path results = dir.resolve("results");
    // The student types escape sequences as their answers: they come back in the report's wrong answers.
    CliRun take = run("student", "a\n" + TITLE + CLIPBOARD + "\nfalse\n", "class", "take", quizFile.toString(), "--student", "Ana",
        "--results", results.toString());
    assertThat(take.code()).isZero();
    assertNoControlBytes(take, "class take");
    CliRun report = run("teacher", "", "class", "report", quizFile.toString(), "--results", results.toString());
    assertThat(report.code()).isZero();
    assertNoControlBytes(report, "class report");
    assertThat(report.out()).contains("␛]52;c;");
  }
}
