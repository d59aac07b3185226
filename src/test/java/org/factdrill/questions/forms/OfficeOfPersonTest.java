package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.questions.Forms;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.TrueFalse;
import org.junit.jupiter.api.Test;

class OfficeOfPersonTest {
  @Test
  void asksAPersonsOfficeAmongOfficesOfTheArticle() {
    var qs = Forms.askArticle(new OfficeOfPerson(), "water-summit.txt");
    var q = (MultipleChoice) qs.stream().filter(x -> x.prompt().equals("What position does Amina Wekesa hold?")).findFirst().orElseThrow();
    assertThat(q.answer()).isEqualTo("Kenyan Foreign Minister");
    assertThat(q.choices()).contains("Egyptian Water Minister", "Ugandan President");
  }

  @Test
  void aFalseStatementSwapsTheOfficeForAnotherOne() {
    var qs = Forms.askArticle(new OfficeOfPerson(), "water-summit.txt");
    var statements = qs.stream().filter(x -> x instanceof TrueFalse).map(x -> (TrueFalse) x).toList();
    assertThat(statements).isNotEmpty();
    for (TrueFalse t : statements) {
      boolean saysOwnOffice = t.prompt().equals("True or false: Amina Wekesa is the Kenyan Foreign Minister.")
          || t.prompt().equals("True or false: Karim Farouk is the Egyptian Water Minister.")
          || t.prompt().equals("True or false: Joseph Mutebi is the Ugandan President.");
      assertThat(t.answer()).as(t.prompt()).isEqualTo(saysOwnOffice);
    }
  }
}
