package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.questions.Forms;
import org.factdrill.questions.TrueFalse;
import org.junit.jupiter.api.Test;

class TrueOrFalseTest {
  @Test
  void aFalseStatementChangesADateOrASumNeverTheSubject() {
    // "France abstained from the vote": the article may simply not say (rubric rule 2); a changed date it does
    var qs = Forms.ask(new TrueOrFalse(), "Russia, France and China met in Geneva.", "Russia abstained from the vote in Geneva on March 17.");
    var t = (TrueFalse) qs.stream().filter(q -> q.prompt().contains("abstained")).findFirst().orElseThrow();
    assertThat(t.prompt()).matches("True or false: Russia abstained from the vote in Geneva on March \\d+\\.");
    assertThat(t.answer()).isEqualTo(t.prompt().contains("March 17."));
  }

  @Test
  void aStatementThatPicksOutNoEventIsNotAsked() {
    // "Russia abstained on Thursday": from what? A statement needs what a question needs
    assertThat(Forms.ask(new TrueOrFalse(), "Russia abstained on Thursday.")).isEmpty();
  }

  @Test
  void aChangedSumIsFalse() {
    var qs = Forms.ask(new TrueOrFalse(), "Harbour Rail paid £120m for Coastline Trains.");
    assertThat(qs).singleElement().satisfies(q -> {
      var t = (TrueFalse) q;
      assertThat(t.answer()).isEqualTo(t.prompt().contains("£120m"));
      assertThat(t.prompt()).startsWith("True or false: Harbour Rail paid £");
    });
  }
}
