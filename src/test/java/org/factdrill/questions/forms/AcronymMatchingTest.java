package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.questions.Forms;
import org.factdrill.questions.Matching;
import org.junit.jupiter.api.Test;

class AcronymMatchingTest {
  @Test
  void matchesThreeOrMoreInitialsTheArticleGoesOnUsing() {
    var qs = Forms.ask(new AcronymMatching(),
        "Delegates from the World Health Organization (WHO), the International Labour Organization (ILO) and the "
            + "Food and Agriculture Organization (FAO) met in Rome on Monday.",
        "The WHO asked for more money. The ILO said wages had fallen. The FAO warned of poor harvests.");
    assertThat(qs).hasSize(1);
    var m = (Matching) qs.get(0);
    assertThat(m.prompt()).isEqualTo("Match each abbreviation to what it stands for.");
    assertThat(m.pairs()).contains(new Matching.Pair("WHO", "World Health Organization"), new Matching.Pair("ILO",
        "International Labour Organization"), new Matching.Pair("FAO", "Food and Agriculture Organization"));
  }

  @Test
  void oneAbbreviationAloneIsNotAsked() {
    // "What does NBC stand for?" is trivia beside the article's news (rubric rule 5)
    assertThat(Forms.askArticle(new AcronymMatching(), "water-summit.txt")).isEmpty();
  }
}
