package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.questions.Forms;
import org.factdrill.questions.ShortAnswer;
import org.junit.jupiter.api.Test;

class AcronymMeaningTest {
  @Test
  void asksWhatInitialsStandFor() {
    var qs = Forms.askArticle(new AcronymMeaning(), "water-summit.txt");
    assertThat(qs).hasSize(1);
    var q = (ShortAnswer) qs.get(0);
    assertThat(q.prompt()).isEqualTo("What does NBC stand for?");
    assertThat(q.answer()).isEqualTo("Nile Basin Commission");
  }
}
