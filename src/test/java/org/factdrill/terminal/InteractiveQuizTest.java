package org.factdrill.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import org.jline.terminal.Attributes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.quiz.QuizItem;
import org.factdrill.quiz.QuizSession;
import org.factdrill.quiz.QuizSettings;
import org.factdrill.quiz.Response;
import org.factdrill.quiz.ResponseSink;
import org.factdrill.testing.TestBanks;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

/** The JLine screens driven by keystrokes over piped streams: no real terminal involved. */
class InteractiveQuizTest {
  static final String UP = "\033[A";
  static final String DOWN = "\033[B";
  static final String ENTER = "\r";
  static final String CTRL_C = "\003";
  static final String CTRL_D = "\004";

  record Outcome(QuizEnd end, List<Response> kept, String screen) {}

  static Outcome drive(QuizSession session, int width, String keys) throws Exception {
    return drive(session, width, keys, QuizView.GO_ON_WITH_RESUME);
  }

  static Outcome drive(QuizSession session, int width, String keys, String goOn) throws Exception {
    var kept = new ArrayList<Response>();
    session.addSink(new ResponseSink() {
      @Override
      public void responded(QuizSession s, Response r) {
        kept.add(r);
      }
    });
    var out = new ByteArrayOutputStream();
    var in = new PipedInputStream(1 << 16);
    var typing = new PipedOutputStream(in);
    QuizEnd end;
    // A terminal with a line discipline over plain streams, as an ssh or telnet session would have.
    try (Terminal terminal = new ExternalTerminal("test", "xterm-256color", in, out, StandardCharsets.UTF_8)) {
      terminal.setSize(new Size(width, 40));
      // Keys are typed once the terminal is in the mode the quiz keeps it in, as a person types after the screen appears.
      Attributes raw = new Attributes(terminal.enterRawMode());
      raw.setLocalFlags(java.util.EnumSet.of(Attributes.LocalFlag.ICANON, Attributes.LocalFlag.ECHO, Attributes.LocalFlag.ISIG,
          Attributes.LocalFlag.IEXTEN), false);
      raw.setInputFlag(Attributes.InputFlag.ICRNL, false);
      terminal.setAttributes(raw);
      typing.write(keys.getBytes(StandardCharsets.UTF_8));
      typing.close();
      Instant[] now = {Instant.parse("2025-01-01T00:00:00Z")};
      end = new InteractiveQuiz(terminal, () -> now[0] = now[0].plusSeconds(2), goOn).run(session);
    }
    String screen = out.toString(StandardCharsets.UTF_8).replaceAll("\u001b(\\[[0-9;?]*[a-zA-Z]|[=>])", "").replace("\r", "");
    return new Outcome(end, kept, screen);
  }

  static QuizSession sixTypes() {
    return new QuizSession("q", "Libya", List.of(
        QuizItem.natural(TestBanks.WHEN_ADOPTED, "b"),
        QuizItem.natural(TestBanks.LAUNCHERS, "b"),
        new QuizItem(TestBanks.EVENTS, "b", List.of("Command transferred to NATO", "Resolution 1973 adopted", "Military operation launched")),
        QuizItem.natural(TestBanks.WHO_ASKED, "b"),
        new QuizItem(TestBanks.ROLES, "b", List.of("Secretary General", "Russian President", "Foreign Minister")),
        QuizItem.natural(TestBanks.COMMAND_TRUE, "b")), QuizSettings.selfStudy(), Instant.parse("2025-01-01T00:00:00Z"));
  }

  @Test
  void everyTypeIsAnsweredWithItsOwnKeysAndCtrlCAsksBeforeLeaving() throws Exception {
    String keys = DOWN + UP + ENTER + ENTER                    // multiple choice: arrows and Enter; then past the feedback
        + " " + DOWN + " " + DOWN + " " + ENTER + ENTER           // multi-select: Space ticks a, b and c
        + " " + DOWN + DOWN + " " + ENTER + ENTER                 // ordering: pick up the first item and carry it to the end
        + ":hint" + ENTER + "Medvedev" + ENTER + ENTER            // short answer: a command, then an accepted form
        + "1b 2c 3a" + ENTER + ENTER                              // matching by pairs
        + CTRL_C + "n" + "t" + ENTER + ENTER;                     // true/false: Ctrl-C, "no", then t and Enter
    Outcome o = drive(sixTypes(), 80, keys);
    assertThat(o.end()).isEqualTo(QuizEnd.FINISHED);
    assertThat(o.kept()).extracting(Response::given).containsExactly(
        "March 17", "Britain, France, Canada", "Resolution 1973 adopted → Military operation launched → Command transferred to NATO",
        "Medvedev", "Dmitry Medvedev → Russian President; Sergei Lavrov → Foreign Minister; Ban Ki-moon → Secretary General", "true");
    assertThat(o.kept()).allMatch(Response::isCorrect);
    assertThat(o.kept().get(3).hintsUsed()).isEqualTo(1);
    assertThat(o.screen())
        .contains("Question 1 of 6 · score 0/0")
        .contains("Hint: it starts with \"D\" (14 letters)")
        .contains("Leave? Your 5 answers are saved")
        .contains("✓ Correct")
        .contains("Source: On March 17,the UN Security Council adopted Resolution 1973")
        .contains("Quiz finished: Libya")
        .contains("Score: 6 of 6 (100%)");
  }

  @Test
  void ctrlCThenYesLeavesAndKeepsWhatWasAnswered() throws Exception {
    Outcome o = drive(sixTypes(), 80, "b" + ENTER + CTRL_C + "y");
    assertThat(o.end()).isEqualTo(QuizEnd.LEFT);
    assertThat(o.kept()).hasSize(1);
    assertThat(o.kept().get(0).isCorrect()).isFalse();
    assertThat(o.screen()).contains("✗ Wrong — the answer: March 17").contains("Quiz left: Libya").contains("1 of 6 questions answered");
  }

  @Test
  void ctrlDLeavesFromAKeyScreenAndFromATypedAnswer() throws Exception {
    Outcome atChoice = drive(sixTypes(), 80, CTRL_D);
    assertThat(atChoice.end()).isEqualTo(QuizEnd.LEFT);
    assertThat(atChoice.kept()).isEmpty();

    var typedFirst = new QuizSession("q", "Libya", List.of(QuizItem.natural(TestBanks.WHO_ASKED, "b")), QuizSettings.selfStudy(), Instant.EPOCH);
    Outcome atLine = drive(typedFirst, 80, "Med" + "\b\b\b" + CTRL_D);
    assertThat(atLine.end()).isEqualTo(QuizEnd.LEFT);
    Outcome ctrlCAtLine = drive(new QuizSession("q2", "Libya", List.of(QuizItem.natural(TestBanks.WHO_ASKED, "b")), QuizSettings.selfStudy(),
        Instant.EPOCH), 80, "Medv" + CTRL_C + "y");
    assertThat(ctrlCAtLine.end()).isEqualTo(QuizEnd.LEFT);
    assertThat(ctrlCAtLine.screen()).contains("Leave? Your 0 answers are saved");
  }

  @Test
  void theLettersOfATypedCommandNeitherPickNorMoveTheSelection() throws Exception {
    // ":source" and ":src" hold the letter c, a choice of this question: typed after ':', it belongs
    // to the command line, so the cursor stays where the arrows left it and Enter answers that.
    var one = List.of(QuizItem.natural(TestBanks.WHEN_ADOPTED, "b"));
    Outcome onA = drive(new QuizSession("q", "Libya", one, QuizSettings.selfStudy(), Instant.EPOCH), 80,
        ":source" + ENTER + ":hint" + ENTER + ENTER + CTRL_D);
    assertThat(onA.kept()).extracting(Response::given).containsExactly("March 17");
    assertThat(onA.kept().get(0).hintsUsed()).isEqualTo(1);
    Outcome onB = drive(new QuizSession("q", "Libya", one, QuizSettings.selfStudy(), Instant.EPOCH), 80,
        DOWN + ":src" + ENTER + ":bogus" + ENTER + ENTER + CTRL_D);
    assertThat(onB.kept()).extracting(Response::given).containsExactly("March 19");
    assertThat(onB.screen()).contains("Unknown command :bogus");
  }

  @Test
  void aClassQuizSaysHowItGoesOnAndThatItHasNoHints() throws Exception {
    var settings = QuizSettings.selfStudy().withHintsAllowed(false);
    var s = new QuizSession("q", "Exam", List.of(QuizItem.natural(TestBanks.WHEN_ADOPTED, "b"), QuizItem.natural(TestBanks.COMMAND_TRUE, "b")),
        settings, Instant.EPOCH);
    Outcome o = drive(s, 100, "?" + ":hint" + ENTER + "a" + ENTER + ":" + CTRL_C + "y", QuizView.GO_ON_WITH_SAME_COMMAND);
    assertThat(o.kept()).hasSize(1);
    assertThat(o.screen())
        .doesNotContain(":hint   a hint")
        .contains("Hints are off for this quiz.")
        .contains("leave; your answers are saved (Ctrl-D too); the same command goes on")
        .contains("(answers are saved; the same command goes on)")
        .contains("Leave? Your 1 answer is saved; the same command goes on from here.")
        .doesNotContain("--resume");
  }

  @Test
  void theEndOfInputLeavesInsteadOfHanging() throws Exception {
    Outcome o = drive(sixTypes(), 80, "a" + ENTER);
    assertThat(o.end()).isEqualTo(QuizEnd.LEFT);
    assertThat(o.kept()).hasSize(1);
  }

  @Test
  void aTwentyColumnTerminalWrapsEverythingWithinItsWidth() throws Exception {
    Outcome o = drive(sixTypes(), 20, ":hint" + ENTER + "a" + ENTER + CTRL_D);
    assertThat(o.kept()).hasSize(1);
    for (String line : o.screen().split("\n")) assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(20);
    assertThat(o.screen()).contains("Hint: two wrong").contains("Quiz left");
  }

  @Test
  void feedbackAtTheEndShowsNothingUntilTheSummary() throws Exception {
    var s = new QuizSession("q", "Exam", List.of(QuizItem.natural(TestBanks.WHEN_ADOPTED, "b"), QuizItem.natural(TestBanks.COMMAND_TRUE, "b")),
        QuizSettings.selfStudy().withFeedback(QuizSettings.Feedback.AT_END), Instant.EPOCH);
    Outcome o = drive(s, 80, "b" + ENTER + "a" + ENTER);
    assertThat(o.end()).isEqualTo(QuizEnd.FINISHED);
    assertThat(o.screen()).doesNotContain("✗ Wrong").contains("Question 2 of 2 · 1 answered").contains("Score: 1 of 2 (50%)")
        .contains("answer: March 17 · you gave: March 19");
  }
}
