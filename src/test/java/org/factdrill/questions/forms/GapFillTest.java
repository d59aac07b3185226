package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.questions.Forms;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.junit.jupiter.api.Test;

class GapFillTest {
  @Test
  void aShortClauseWithAGapForTheShare() {
    var qs = Forms.ask(new GapFill(), "Harbour Rail shares rose 4% in London.");
    assertThat(Forms.prompts(qs)).containsExactly("Harbour Rail shares rose ____ in London.");
    assertThat(((MultipleChoice) qs.get(0)).choices()).contains("4%").allMatch(c -> c.endsWith("%"));
  }

  @Test
  void gapPromptsStayShort() {
    var qs = Forms.askArticle(new GapFill(), "harbour-rail.txt");
    assertThat(qs).allMatch(Question::isCloze).allMatch(q -> q.prompt().length() <= GapFill.MAX_LENGTH);
  }
}
