package org.factdrill.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.factdrill.facts.Entity;
import org.factdrill.facts.Facts;
import org.factdrill.facts.Kind;
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
  void aFigureThePromptStatesIsNoChoice() {
    // "raised fares from ____ to 15%": 15% is no choice, and "from 15% to 15%" no false statement
    assertThat(Distractors.notSaidIn("raised fares from ____ to 15% in March", List.of("15%", "9%", "1.5%", "11%"), 2))
        .containsExactly("9%", "1.5%");
    // a figure inside a larger one ("115%", "15.5%") is not the same figure
    assertThat(Distractors.notSaidIn("rose 115% and then 15.5%", List.of("15%"), 1)).containsExactly("15%");
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
  void aCountryThePromptNamesByItsNationalityIsNoWrongChoice() {
    // "French Foreign Minister ... talked about ____ joining": France is plainly not the one joining
    Facts f = Facts.of(Analysed.body("France and Germany signed the Rhine agreement in Basel in March.",
        "French Foreign Minister Pierre Dubois said France would now talk with Switzerland.", "Switzerland may join the agreement in May."));
    Entity swiss = f.entities().named("Switzerland");
    List<String> wrong = new Distractors(f).named(swiss, Kind.COUNTRY, 3,
        "French Foreign Minister Pierre Dubois talked about ____ joining the agreement.", new Random(1));
    assertThat(wrong).contains("Germany").doesNotContain("France");
  }

  @Test
  void theArticlesCountriesOfAnotherContinentAreNoWrongChoice() {
    Facts f = Facts.of(Analysed.body("Two reporters, Amina Wekesa and Tom Hale, are in prison in Kenya.",
        "The United States and Britain have called for their release, and Uganda and Tanzania have offered to help."));
    Entity kenya = f.entities().named("Kenya");
    List<String> wrong = new Distractors(f).named(kenya, Kind.COUNTRY, 3, "In which country are Amina Wekesa and Tom Hale in prison?",
        new Random(1));
    // the United States or Britain beside Kenya for where two reporters are held: no reader weighs them up (rubric rule 3)
    assertThat(wrong).hasSize(3).contains("Uganda", "Tanzania").doesNotContain("United States", "Britain");
  }

  @Test
  void countriesTheArticleLacksComeFromTheAnswersOwnRegion() {
    Facts f = Facts.of(Analysed.body("Japan has cut its interest rate to zero.", "The central bank met in Tokyo on Monday."));
    Entity japan = f.entities().named("Japan");
    List<String> wrong = new Distractors(f).named(japan, Kind.COUNTRY, 3, "____ has cut its interest rate to zero.", new Random(1));
    // Sweden or Brazil beside Japan is no choice a reader would weigh up (rubric rule 3)
    assertThat(wrong).hasSize(3).isSubsetOf("China", "North Korea", "South Korea", "Taiwan");
  }

  @Test
  void peopleAreWrongChoicesOnlyWhenTheArticleGivesThemTheAnswersRole() {
    Facts f = Facts.of(Analysed.body("Striker Tom Adeyemi scored twice for Riverside United on Saturday.",
        "Striker Leo Brand and striker Sam Okafor also played.", "Referee Paul Hart sent off Northgate's coach, Ian Moss."));
    Entity tom = f.entities().named("Tom Adeyemi");
    List<String> wrong = new Distractors(f).named(tom, Kind.PERSON, 3, "____ scored twice for Riverside United on Saturday.", new Random(1));
    // a referee or a coach among strikers is a choice of another kind (rubric rule 3)
    assertThat(wrong).isNotEmpty().isSubsetOf("Leo Brand", "Sam Okafor");
  }

  @Test
  void aPersonTheArticleGivesNoRoleHasNoWrongChoices() {
    Facts f = Facts.of(Analysed.body("Tom Adeyemi scored twice on Saturday.", "Leo Brand watched from the stand with Sam Okafor."));
    Entity tom = f.entities().named("Tom Adeyemi");
    assertThat(new Distractors(f).named(tom, Kind.PERSON, 3, "____ scored twice on Saturday.", new Random(1))).isEmpty();
  }

  @Test
  void theAnswerSaidWithFewerDigitsIsNoWrongChoice() {
    // "2 million" beside 2.37 million is the same figure rounded: a student who picks it is not wrong
    Facts f = Facts.of(Analysed.body("Kenyan unemployment has been over 2 million since 2010.",
        "Kenyan unemployment rose in March to 2.37 million people."));
    assertThat(new Distractors(f).quantities("2.37 million", Kind.NUMBER, 3, new Random(1))).doesNotContain("2 million");
    assertThat(Distractors.roundingOf("2", "2.37")).isTrue();
    assertThat(Distractors.roundingOf("2.4", "2.37")).isTrue();
    assertThat(Distractors.roundingOf("3", "2.37")).isFalse();
    assertThat(Distractors.roundingOf("2.37", "2")).isFalse();
  }

  @Test
  void noMadeUpYearLiesInTheArticlesFuture() {
    // the article's latest year is 2019: "2021" for when it bought a rival would be a year it has not lived
    Facts f = Facts.of(Analysed.body("Harbour Rail bought Coastline Trains in 2019.", "It had opened its Nairobi line in 2016."));
    for (long seed = 0; seed < 10; seed++) {
      assertThat(new Distractors(f).dates("2019", "2019", 3, new Random(seed))).isNotEmpty()
          .allMatch(y -> Integer.parseInt(y) <= 2019);
    }
  }

  @Test
  void sumsStayWithinAFactorOfTwo() {
    // the article has no other sum: every wrong one is made up, and none is out of the story's scale
    Facts one = Facts.of(Analysed.body("Harbour Rail paid £42m for Coastline Trains in 2019."));
    List<String> wrong = new Distractors(one).quantities("£42m", Kind.MONEY, 3, new Random(7));
    assertThat(wrong).hasSize(3).allMatch(w -> {
      double v = Double.parseDouble(w.replaceAll("[^0-9.]", ""));
      return v >= 21 && v <= 84;
    });
  }

  @Test
  void aCityGetsNoStrangersFromTheLists() {
    // a city of the lists beside the answer: raters rejected those nearly every time; only the article's own
    Facts f = Facts.of(Analysed.body("The Harbour Games will be held in Madrid in March.", "Tickets went on sale on Monday."));
    Entity madrid = f.entities().named("Madrid");
    assertThat(new Distractors(f).named(madrid, Kind.CITY, 3, "The championships will be held in ____ in March.", new Random(1))).isEmpty();
  }

  @Test
  void aCountryOutsideTheContinentThePromptNamesGetsNoWrongChoices() {
    Facts f = Facts.of(Analysed.body("Leaders of France, Italy and Germany met in Rome on Monday to talk about Turkey joining the EU.",
        "Turkey and Kenya signed a trade deal in Nairobi on Friday."));
    Entity turkey = f.entities().named("Turkey");
    Entity france = f.entities().named("France");
    // Gulf states beside Turkey, or the article's EU members, for a country joining the EU: no one weighs them up
    assertThat(new Distractors(f).named(turkey, Kind.COUNTRY, 3, "Leaders met to talk about ____ joining the EU.", new Random(1))).isEmpty();
    // the same country where the prompt names no continent, and a European answer to a European prompt, keep their choices
    assertThat(new Distractors(f).named(turkey, Kind.COUNTRY, 3, "Which country signed a trade deal with Kenya on Friday?", new Random(1)))
        .isNotEmpty();
    assertThat(new Distractors(f).named(france, Kind.COUNTRY, 3, "Leaders of ____ met in Rome to talk about the EU.", new Random(1)))
        .isNotEmpty();
  }
}
