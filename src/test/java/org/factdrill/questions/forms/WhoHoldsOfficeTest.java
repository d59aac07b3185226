package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.questions.Forms;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.junit.jupiter.api.Test;

class WhoHoldsOfficeTest {
  @Test
  void asksWhoHoldsEachQualifiedOffice() {
    var asked = Forms.askArticle(new WhoHoldsOffice(), "water-summit.txt").stream()
        .filter(x -> x.prompt().equals("Who is the Kenyan Foreign Minister?")).toList();
    assertThat(asked).isNotEmpty();
    for (Question q : asked) {
      assertThat(q.answerText()).isEqualTo("Amina Wekesa");
      assertThat(q.fact()).startsWith("f-");
    }
  }

  @Test
  void choicesAreOtherPeopleOfTheSameRoleOrTheAnswerIsTyped() {
    var asked = Forms.askArticle(new WhoHoldsOffice(), "water-summit.txt").stream()
        .filter(x -> x.prompt().equals("Who is the Kenyan Foreign Minister?")).findFirst().orElseThrow();
    // the article's only other minister is one choice too few: a president is no choice for a minister (rule 3)
    if (asked instanceof MultipleChoice mc) {
      assertThat(mc.choices()).doesNotContain("Joseph Mutebi");
    } else {
      assertThat(((ShortAnswer) asked).accept()).contains("Wekesa");
    }
  }
}
