package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.questions.Forms;
import org.factdrill.questions.Matching;
import org.junit.jupiter.api.Test;

class OfficeMatchingTest {
  @Test
  void matchesThreeOrMorePeopleToTheirOffices() {
    var qs = Forms.askArticle(new OfficeMatching(), "water-summit.txt");
    assertThat(qs).hasSize(1);
    var m = (Matching) qs.get(0);
    assertThat(m.pairs()).contains(new Matching.Pair("Amina Wekesa", "Kenyan Foreign Minister"),
        new Matching.Pair("Karim Farouk", "Egyptian Water Minister"), new Matching.Pair("Joseph Mutebi", "Ugandan President"));
  }

  @Test
  void fewerThanThreeOfficesMakeNoMatching() {
    assertThat(Forms.ask(new OfficeMatching(), "Kenyan Foreign Minister Amina Wekesa met Egyptian Water Minister Karim Farouk."))
        .isEmpty();
  }
}
