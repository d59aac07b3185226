package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.factdrill.questions.TrueFalse;
import org.junit.jupiter.api.Test;

/** The Aiken and Blackboard exports of the test banks, checked line by line against the rules in FORMATS.md. */
class TextFormatRulesTest {

  @Test
  void aikenFilesFollowMoodlesAikenRules() {
    for (QuestionBank bank : RoundTripTest.banks()) {
      var export = new AikenWriter().write(bank, bank.questions());
      var choice = Pattern.compile("[A-Z][).][ \\t]\\S.*");
      var blocks = Banks.text(export).split("\n\n");
      assertThat(blocks).hasSize(export.written());
      for (String block : blocks) {
        List<String> lines = block.strip().lines().toList();
        assertThat(lines.get(0)).doesNotMatch(choice.pattern()).doesNotStartWith("ANSWER:");
        var choices = lines.subList(1, lines.size() - 1);
        assertThat(choices).hasSizeGreaterThanOrEqualTo(2).allMatch(l -> choice.matcher(l).matches());
        for (int i = 0; i < choices.size(); i++) assertThat(choices.get(i).charAt(0)).isEqualTo((char) ('A' + i));
        assertThat(lines.get(lines.size() - 1)).matches("ANSWER: [A-" + (char) ('A' + choices.size() - 1) + "]");
      }
      long holdable = bank.questions().stream().filter(q -> q instanceof MultipleChoice || q instanceof TrueFalse).count();
      assertThat(export.written() + export.skipped().size()).isEqualTo(bank.questions().size());
      assertThat(export.written()).isLessThanOrEqualTo((int) holdable);
    }
  }

  @Test
  void blackboardFilesHaveOneTabSeparatedRowPerQuestionAndNoBlankLines() {
    for (QuestionBank bank : RoundTripTest.banks()) {
      var export = new BlackboardWriter().write(bank, bank.questions());
      List<String> rows = Banks.text(export).lines().toList();
      assertThat(rows).hasSize(export.written()).noneMatch(String::isBlank);
      for (int i = 0; i < rows.size(); i++) {
        String[] f = rows.get(i).split("\t", -1);
        Question q = bank.questions().get(i);
        assertThat(f).allMatch(field -> !field.isBlank() && !field.contains("\r"));
        switch (f[0]) {
          case "MC", "MA" -> {
            assertThat((f.length - 2) % 2).isZero();
            for (int k = 3; k < f.length; k += 2) assertThat(f[k]).isIn("correct", "incorrect");
            long right = java.util.Arrays.stream(f).skip(3).filter("correct"::equals).count();
            assertThat(f[0].equals("MC") ? right == 1 : right >= 2).isTrue();
          }
          case "TF" -> assertThat(f).hasSize(3).satisfies(x -> assertThat(x[2]).isIn("true", "false"));
          case "FIB" -> assertThat(f.length).isGreaterThanOrEqualTo(3);
          case "ORD" -> assertThat(f.length).isGreaterThanOrEqualTo(4);
          case "MAT" -> assertThat(f.length % 2).isZero();
          default -> throw new AssertionError("unknown row type " + f[0]);
        }
        assertThat(f[1]).isEqualTo(BlackboardWriter.field(q.prompt()));
      }
    }
  }
}
