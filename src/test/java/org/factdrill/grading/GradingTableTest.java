package org.factdrill.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grading table: each line of grading/cases.txt is one typed answer to one question, with the
 * verdict a fair teacher would give. The question is built as the bank would hold it (a short
 * answer, or a multiple-choice question when the line lists other choices) and graded through
 * {@link Grader#grade}.
 */
class GradingTableTest {

  record Case(int line, String kind, String answer, List<String> accept, List<String> others, String given,
      Verdict.Outcome outcome, String note, String context) {

    Question question() {
      String prompt = "Which " + kind + " is meant?";
      Source source = new Source(0, context.isEmpty() ? "The article's sentence." : context);
      if (others.isEmpty()) return new ShortAnswer("q-00000001", prompt, answer, accept, kind, source);
      var choices = new ArrayList<String>();
      choices.add(answer);
      choices.addAll(others);
      return new MultipleChoice("q-00000001", prompt, answer, choices, accept, kind, source);
    }

    @Override
    public String toString() {
      return "line " + line + ": " + kind + " \"" + answer + "\"" + (others.isEmpty() ? "" : " (vs " + String.join(", ", others) + ")")
          + " ← \"" + given + "\" ⇒ " + outcome + (note.isEmpty() ? "" : " (" + note + ")");
    }
  }

  static List<Case> cases() throws IOException {
    try (InputStream in = GradingTableTest.class.getResourceAsStream("/grading/cases.txt")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      var out = new ArrayList<Case>();
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\\|", -1);
        if (f.length < 7 || f.length > 8) throw new IllegalStateException("cases.txt line " + (i + 1) + " has " + f.length + " columns: " + line);
        out.add(new Case(i + 1, f[0].strip(), f[1].strip(), list(f[2]), list(f[3]), f[4].strip(),
            Verdict.Outcome.valueOf(f[5].strip()), f[6].strip().equals("-") ? "" : f[6].strip(), f.length > 7 ? f[7].strip() : ""));
      }
      return out;
    }
  }

  private static List<String> list(String column) {
    String c = column.strip();
    if (c.equals("-")) return List.of();
    return Arrays.stream(c.split(";")).map(String::strip).toList();
  }

  static Stream<Case> table() throws IOException {
    return cases().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void gradesAsAFairTeacherWould(Case c) {
    Verdict v = Grader.grade(c.question(), new Answer.Text(c.given()));
    assertThat(v.outcome()).as("outcome of %s", c).isEqualTo(c.outcome());
    assertThat(v.note()).as("note of %s", c).isEqualTo(c.note());
    assertThat(v.score()).as("score of %s", c).isEqualTo(c.outcome() == Verdict.Outcome.WRONG ? 0.0 : 1.0);
  }

  @Test
  void tableCoversEveryKindWithAtLeast150Cases() throws IOException {
    List<Case> all = cases();
    assertThat(all).hasSizeGreaterThanOrEqualTo(150);
    assertThat(all).extracting(Case::kind).contains("person", "organization", "country", "date", "number", "document", "role");
    assertThat(all).extracting(Case::outcome).contains(Verdict.Outcome.CORRECT, Verdict.Outcome.ALMOST, Verdict.Outcome.WRONG);
  }
}
