package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Source;
import org.factdrill.questions.TrueFalse;
import org.junit.jupiter.api.Test;

class AikenTest {
  private static final Source SRC = new Source(0, "S.");

  @Test
  void aQuestionTextThatLooksLikeAChoiceLineIsSkipped() {
    var bank = new QuestionBank("b", "B", new QuestionBank.ArticleRef("", "", List.of()), List.of(
        new MultipleChoice("q-00000001", "A. Lincoln was president in which year?", "1861", List.of("1861", "1870"), List.of(), "date", SRC),
        new MultipleChoice("q-00000002", "Which\nyear?", "1861", List.of("1861", "18\t70"), List.of(), "date", SRC)));
    var e = new AikenWriter().write(bank, bank.questions());
    assertThat(e.skipped()).extracting(BankWriter.Skipped::questionId).containsExactly("q-00000001");
    assertThat(Banks.text(e)).isEqualTo("Which year?\nA) 1861\nB) 18 70\nANSWER: A\n");
  }

  @Test
  void readsBothLabelStylesAndTrueFalsePairs() throws Exception {
    var bank = new AikenReader().read("Capital of France?\nA. Paris\nB. Rome\nANSWER: A\n\nIt rains.\nA) True\nB) False\nANSWER: B\n", "q.txt").bank();
    assertThat(bank.questions().get(0)).isInstanceOfSatisfying(MultipleChoice.class, mc -> assertThat(mc.answer()).isEqualTo("Paris"));
    assertThat(bank.questions().get(1)).isInstanceOfSatisfying(TrueFalse.class, tf -> assertThat(tf.answer()).isFalse());
  }

  @Test
  void malformedAikenNamesTheLine() {
    var r = new AikenReader();
    assertThatThrownBy(() -> r.read("Q?\nA) x\nB) y\nANSWER: C\n", "a.txt")).hasMessage("a.txt: line 4: ANSWER must be one of the choice letters A to B, was \"C\"");
    assertThatThrownBy(() -> r.read("Q?\nA) x\nB) y\nNext question?\n", "a.txt")).hasMessage("a.txt: line 1: the question has no \"ANSWER: X\" line after its choices");
    assertThatThrownBy(() -> r.read("A) x\n", "a.txt")).hasMessage("a.txt: line 1: a choice before any question text");
    assertThatThrownBy(() -> r.read("Q?\nA) x\nANSWER: A\n", "a.txt")).hasMessage("a.txt: line 1: a question needs at least 2 choices, has 1");
    assertThatThrownBy(() -> r.read("Q?\nA) x\nC) y\n", "a.txt")).hasMessage("a.txt: line 3: expected choice B, found C");
  }
}
