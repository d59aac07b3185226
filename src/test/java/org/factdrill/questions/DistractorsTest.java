package org.factdrill.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.factdrill.facts.Entity;
import org.factdrill.facts.Facts;
import org.factdrill.facts.Kind;
import org.factdrill.facts.Office;
import org.factdrill.nlp.Analysed;
import org.junit.jupiter.api.Test;

class DistractorsTest {
  private final Facts summit = Facts.of(Analysed.article(Analysed.text("water-summit.txt")));
  private final Facts rail = Facts.of(Analysed.article(Analysed.text("harbour-rail.txt")));

  @Test
  void sumsKeepTheirCurrencyAndSizeAndAreNeverTheAnswer() {
    List<String> wrong = new Distractors(rail).quantities("£120m", Kind.MONEY, 3, new Random(1));
    assertThat(wrong).hasSize(3).doesNotContain("£120m").allMatch(w -> w.matches("£\\d+m"));
  }

  @Test
  void sharesStayPercentages() {
    assertThat(new Distractors(rail).quantities("18%", Kind.PERCENT, 3, new Random(1))).hasSize(3).allMatch(w -> w.matches("\\d+(\\.\\d+)?%"))
        .doesNotContain("18%");
  }

  @Test
  void datesKeepTheAnswersPrecisionAndTheArticlesOwnDatesComeFirst() {
    List<String> wrong = new Distractors(summit).dates("March 14", "XXXX-03-14", 3, new Random(1));
    assertThat(wrong).hasSize(3).doesNotContain("March 14").allMatch(w -> w.matches("March \\d{1,2}"));
    assertThat(wrong).contains("March 3", "March 9");
  }

  @Test
  void countriesComeFromTheArticleFirstAndAreNeverTheAnswer() {
    Entity egypt = summit.entities().named("Egypt");
    List<String> wrong = new Distractors(summit).named(egypt, Kind.COUNTRY, 3, "Which country agreed?", new Random(1));
    assertThat(wrong).hasSize(3).doesNotContain("Egypt").isSubsetOf("Kenya", "Uganda", "Ethiopia");
  }

  @Test
  void officesOfTheSameFamilyWithTheSameQualifier() {
    Office wekesa = summit.ofType(Office.class).stream().filter(o -> o.person().name().equals("Amina Wekesa")).findFirst().orElseThrow();
    List<String> wrong = new Distractors(summit).offices(wekesa, List.of(wekesa), 3, new Random(1));
    assertThat(wrong).hasSize(3).allMatch(w -> w.startsWith("Kenyan ") && w.endsWith("Minister")).doesNotContain("Kenyan Foreign Minister");
  }
}
