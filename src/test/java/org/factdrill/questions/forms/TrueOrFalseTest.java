package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.questions.Forms;
import org.factdrill.questions.TrueFalse;
import org.junit.jupiter.api.Test;

class TrueOrFalseTest {
  @Test
  void aStatementIsTheClauseOrTheClauseWithOneNameChanged() {
    var qs = Forms.ask(new TrueOrFalse(), "Russia, France and China met in Geneva.", "Russia abstained from the vote on Thursday.");
    var t = (TrueFalse) qs.stream().filter(q -> q.prompt().contains("abstained")).findFirst().orElseThrow();
    assertThat(t.prompt()).matches("True or false: (Russia|France|China) abstained from the vote on Thursday\\.");
    assertThat(t.answer()).isEqualTo(t.prompt().contains("Russia abstained"));
  }
}
