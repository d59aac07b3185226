package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.questions.Forms;
import org.factdrill.questions.MultipleChoice;
import org.junit.jupiter.api.Test;

class WhoHoldsOfficeTest {
  @Test
  void asksWhoHoldsEachQualifiedOfficeWithOtherPeopleAsChoices() {
    var qs = Forms.askArticle(new WhoHoldsOffice(), "water-summit.txt");
    var q = (MultipleChoice) qs.stream().filter(x -> x.prompt().equals("Who is the Kenyan Foreign Minister?")).findFirst().orElseThrow();
    assertThat(q.answer()).isEqualTo("Amina Wekesa");
    assertThat(q.choices()).contains("Karim Farouk", "Joseph Mutebi").hasSizeBetween(3, 4);
    assertThat(q.accept()).contains("Wekesa");
    assertThat(q.fact()).startsWith("f-");
  }
}
