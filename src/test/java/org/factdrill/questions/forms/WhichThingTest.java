package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.questions.Forms;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.junit.jupiter.api.Test;

class WhichThingTest {
  @Test
  void aDocumentByItsNumber() {
    var qs = Forms.ask(new WhichThing(), "On March 17, the UN Security Council adopted Resolution 1973.");
    var q = (MultipleChoice) qs.get(0);
    assertThat(q.prompt()).isEqualTo("Which resolution did the UN Security Council adopt on March 17?");
    assertThat(q.answer()).isEqualTo("Resolution 1973");
    assertThat(q.choices()).hasSize(4).allMatch(c -> c.matches("Resolution \\d+"));
  }

  @Test
  void aNamedObject() {
    var qs = Forms.ask(new WhichThing(), "Ban Ki-moon met Dmitry Medvedev in Moscow. Sergei Lavrov and Ban Ki-moon discussed Libya.");
    assertThat(qs).extracting(Question::prompt).contains("Who did Ban Ki-moon meet in Moscow?");
  }
}
