package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;
import org.factdrill.quiz.QuizItem;
import org.factdrill.quiz.QuizSelection;
import org.factdrill.testing.TestBanks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quiz command end to end in plain mode: piped input, the score database in a temporary home. */
class QuizCommandTest {
  @TempDir Path dir;

  CliRun run(String input, String... args) {
    return CliRun.of(input, Map.of("USER", "tester"), CliRun.after(List.of("--home", dir.resolve("home").toString()), args));
  }

  /** The questions `quiz --seed` asks, in order: the command's own selection with the same seed. */
  static List<QuizItem> asked(QuestionBank bank, long seed, int n) {
    return QuizSelection.all().withCount(n).choose(List.of(bank), new Random(seed));
  }

  /** A correct line of input for an item, as a person would type it. */
  static String rightAnswer(QuizItem item) {
    Question q = item.question();
    return switch (q.type()) {
      case MULTIPLE_CHOICE -> String.valueOf((char) ('a' + item.shown().indexOf(q.answerText())));
      case TRUE_FALSE -> q.answerText();
      case SHORT_ANSWER -> q.answerText().toUpperCase();
      case MULTI_SELECT -> {
        var letters = new ArrayList<String>();
        for (int i = 0; i < item.shown().size(); i++) {
          if (((org.factdrill.questions.MultiSelect) q).answers().contains(item.shown().get(i))) letters.add(String.valueOf((char) ('a' + i)));
        }
        yield String.join(" ", letters);
      }
      case ORDERING -> {
        var order = new ArrayList<String>();
        for (String a : ((org.factdrill.questions.Ordering) q).answers()) order.add(String.valueOf(item.shown().indexOf(a) + 1));
        yield String.join(" ", order);
      }
      case MATCHING -> {
        var pairs = new ArrayList<String>();
        var m = (org.factdrill.questions.Matching) q;
        for (int i = 0; i < m.pairs().size(); i++) pairs.add((i + 1) + "" + (char) ('a' + item.shown().indexOf(m.pairs().get(i).right())));
        yield String.join(" ", pairs);
      }
    };
  }

  @Test
  void aPipedQuizAnswersEveryTypeAndPrintsJsonAtTheEnd() throws Exception {
    QuestionBank bank = TestBanks.libya();
    Path file = TestBanks.write(dir.resolve("banks"), bank);
    List<QuizItem> items = asked(bank, 42, bank.questions().size());
    var input = new StringBuilder();
    for (int i = 0; i < items.size(); i++) input.append(i == 2 ? "wrong answer\n:skip\n" : rightAnswer(items.get(i)) + "\n");
    // "wrong answer" is not a valid choice for some types: then :skip skips; for typed ones it is graded wrong.
    CliRun r = run(input.toString(), "quiz", file.toString(), "--seed", "42", "-n", "12", "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("answered").asInt()).isEqualTo(items.size());
    int expectedCorrect = items.size() - 1;
    assertThat(json.path("correct").asInt()).isEqualTo(expectedCorrect);
    assertThat(json.path("results")).hasSize(items.size());
    assertThat(json.path("results").get(0).path("id").asText()).isEqualTo(items.get(0).question().id());
    assertThat(json.path("results").get(2).path("correct").asBoolean()).isFalse();
    assertThat(r.err()).contains("Question 1 of 12").contains("Quiz finished").contains("Source:");
  }

  @Test
  void plainModeShowsFeedbackWithTheHighlightedSourceAndHonoursCommands() {
    QuestionBank bank = TestBanks.bank("one", "One question", List.of(TestBanks.WHEN_ADOPTED));
    Path file = TestBanks.write(dir, bank);
    CliRun r = run("?\n:source\n:hint\n:bogus\nz\nMarch 19\n", "quiz", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Question 1 of 1 · score 0/0")
        .contains("On what date did the UN Security Council adopt Resolution 1973?")
        .contains(":skip   skip this question")
        .contains("The source sentence of this question is shown after you answer it.")
        .contains("Hint: two wrong choices removed")
        .contains("(removed by a hint)")
        .contains("Unknown command :bogus")
        .contains("Not an answer: choose")
        .contains("Wrong. The answer: March 17")
        .contains("Source: On *March 17*,the UN Security Council")
        .contains("Score: 0 of 1 (0%)");
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void quittingKeepsTheAnswersAndResumeAsksOnlyTheRest() throws Exception {
    QuestionBank bank = TestBanks.libya();
    Path file = TestBanks.write(dir.resolve("banks"), bank);
    List<QuizItem> items = asked(bank, 5, 4);
    CliRun first = run(rightAnswer(items.get(0)) + "\n" + rightAnswer(items.get(1)) + "\n:quit\n", "quiz", file.toString(), "--seed", "5", "-n", "4");
    assertThat(first.code()).isZero();
    assertThat(first.out()).contains("Quiz left").contains("factdrill quiz --resume");
    CliRun second = run(rightAnswer(items.get(2)) + "\n" + rightAnswer(items.get(3)) + "\n", "quiz", file.toString(), "--resume", "--json");
    assertThat(second.code()).as(second.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(second.out());
    assertThat(json.path("answered").asInt()).isEqualTo(4);
    assertThat(json.path("correct").asInt()).isEqualTo(4);
    assertThat(second.err()).contains("Question 3 of 4 · score 2/2");
    CliRun none = run("", "quiz", file.toString(), "--resume");
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).isEqualTo("factdrill: no unfinished quiz to resume for tester\n");
  }

  @Test
  void aSmallTypoIsAcceptedAndShownAndAnAcceptedFormCounts() {
    Path file = TestBanks.write(dir, TestBanks.bank("two", "Two", List.of(TestBanks.WHO_ASKED)));
    CliRun typo = run("Dmitry Medvdev\n", "quiz", file.toString());
    assertThat(typo.out()).contains("Accepted (almost: Dmitry Medvedev). The answer: Dmitry Medvedev").contains("Score: 1 of 1 (100%)");
    CliRun alias = run("medvedev\n", "quiz", file.toString());
    assertThat(alias.out()).contains("Correct.").contains("Source: Strongly taking up").contains("*Dmitry Medvedev*");
  }

  @Test
  void endOfInputLeavesLikeQuit() {
    Path file = TestBanks.write(dir, TestBanks.libya());
    CliRun r = run("", "quiz", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Quiz left").contains("--resume");
  }

  @Test
  void mistakesAsksOnlyWhatWasLastMissed() throws Exception {
    QuestionBank bank = TestBanks.bank("two", "Two", List.of(TestBanks.RESOLUTION, TestBanks.MINISTER));
    Path file = TestBanks.write(dir, bank);
    List<QuizItem> items = asked(bank, 1, 2);
    String input = items.get(0).question() == TestBanks.RESOLUTION ? "1973\nPutin\n" : "Putin\n1973\n";
    assertThat(run(input, "quiz", file.toString(), "--seed", "1").code()).isZero();
    CliRun again = run("Lavrov\n", "quiz", file.toString(), "--mistakes", "--json");
    JsonNode json = new ObjectMapper().readTree(again.out());
    assertThat(json.path("results")).hasSize(1);
    assertThat(json.path("results").get(0).path("id").asText()).isEqualTo(TestBanks.MINISTER.id());
    assertThat(json.path("correct").asInt()).isEqualTo(1);
    CliRun nothing = run("", "quiz", file.toString(), "--mistakes");
    assertThat(nothing.code()).isZero();
    assertThat(nothing.out()).contains("No mistakes to go over for tester");
  }

  @Test
  void badBanksAndBadOptionsGiveOneClearLine() throws Exception {
    Path missing = dir.resolve("nope.json");
    CliRun r = run("", "quiz", missing.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("factdrill: " + missing + ": no such file\n");

    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, org.factdrill.bank.BankCodec.write(TestBanks.libya()).replace("\"kind\" : \"date\"", "\"kind\" : 5"));
    r = run("", "quiz", bad.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("factdrill: " + bad + ": line ").contains(": at $.questions[0].kind: expected text, found the number 5\n")
        .doesNotContain("Exception");

    Path empty = TestBanks.write(dir, TestBanks.bank("empty", "Empty", List.of()));
    r = run("", "quiz", empty.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("factdrill: no questions to ask: bank empty has no questions\n");

    Path good = TestBanks.write(dir, TestBanks.libya());
    r = run("", "quiz", good.toString(), "--types", "essay");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown question type \"essay\"");
    r = run("", "quiz", good.toString(), "-n", "0");
    assertThat(r.code()).isEqualTo(2);
    r = run("", "quiz", good.toString(), "--resume", "-n", "3");
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void aTenThousandCharacterAnswerIsGradedAndKeptWithoutFloodingTheScreen() throws Exception {
    Path file = TestBanks.write(dir, TestBanks.bank("one", "One", List.of(TestBanks.MINISTER)));
    String huge = "x".repeat(10_000);
    CliRun r = run(huge + "\n", "quiz", file.toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.path("results").get(0).path("given").asText()).hasSize(10_000);
    assertThat(r.err()).contains("(10000 characters)").hasSizeLessThan(3_000);
  }
}
