package org.factdrill.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.facts.Clause;
import org.factdrill.facts.Facts;
import org.factdrill.nlp.Analysed;
import org.junit.jupiter.api.Test;

class ImportanceTest {
  @Test
  void backgroundIsLeftOutOfTheBankButTheLeadsOwnPastIsNot() {
    Facts later = Facts.of(Analysed.body("Harbour Rail will open a new depot in Mombasa in 2024.",
        "The depot will employ 300 people.", "Trains will run from it every hour.", "Harbour Rail bought Coastline Trains in 2019."));
    Clause bought = later.ofType(Clause.class).stream().filter(c -> c.sentence() == 3).findFirst().orElseThrow();
    assertThat(new Importance(later).background(bought)).isTrue();
    assertThat(QuestionGenerator.generate(later, 1)).isNotEmpty().noneMatch(q -> q.source().sentence() == 3);
    // told in the lead, the same past is part of the news
    Facts lead = Facts.of(Analysed.body("Harbour Rail bought Coastline Trains in 2019.", "It will open a new depot in Mombasa in 2024."));
    Clause first = lead.ofType(Clause.class).stream().filter(c -> c.sentence() == 0).findFirst().orElseThrow();
    assertThat(new Importance(lead).background(first)).isFalse();
  }

  @Test
  void aClauseToldInThePastOfAnEarlierYearsEventOrCountingBackIsBackground() {
    Facts facts = Facts.of(Analysed.article(String.join("\n\n", "Harbour Rail profits hit record in 2023",
        "Harbour Rail will open a new depot in Mombasa in 2024.", "The depot will employ 300 people.", "Trains will run from it every hour.",
        "Amina Wekesa won the half marathon at the 2019 Coastal Games.", "Tom Hale moved to Mombasa 20 years ago.",
        "The novel Harbour Lights was originally written by Tom Hale.", "Amina Wekesa still trains every day in the stadium of the 2019 Coastal Games.",
        "Amina Wekesa has compared the plan to the 2019 timetable.", "Harbour Rail's profit rose 12% in 2023.",
        "Tom Hale criticised the 2019 timetable.", "Tom Hale was national champion in 2019.")));
    var importance = new Importance(facts);
    java.util.function.IntPredicate background = i -> facts.ofType(Clause.class).stream().filter(c -> c.sentence() == i)
        .anyMatch(importance::background);
    // at an event of an earlier year, counting back from now, told of a beginning
    assertThat(background.test(3)).as("won at the 2019 games").isTrue();
    assertThat(background.test(4)).as("moved 20 years ago").isTrue();
    assertThat(background.test(5)).as("originally written").isTrue();
    assertThat(background.test(10)).as("was champion in 2019").isTrue();
    // told in the present, a year inside the object, or the headline's own year: the news
    assertThat(background.test(6)).as("still trains in the stadium of the 2019 games").isFalse();
    assertThat(background.test(7)).as("compared the plan to the 2019 timetable").isFalse();
    assertThat(background.test(8)).as("rose in 2023, the headline's year").isFalse();
    assertThat(background.test(9)).as("criticised the 2019 timetable").isFalse();
  }

  @Test
  void aClauseAfterTheLeadThatSaysItAddsIsASideDetail() {
    Facts facts = Facts.of(Analysed.body("Harbour Rail will open a new depot in Mombasa in 2024.", "The depot will employ 300 people.",
        "Trains will run from it every hour.", "Harbour Rail will also sell its Northgate ferry terminal to Coastline Trains in May.",
        "Harbour Rail will sell its Nairobi offices to Coastline Trains in June."));
    Importance importance = new Importance(facts);
    java.util.function.IntPredicate background = i -> facts.ofType(Clause.class).stream().filter(c -> c.sentence() == i)
        .anyMatch(importance::background);
    assertThat(background.test(3)).isTrue();
    assertThat(background.test(4)).isFalse();
    // in the lead, "also" is part of the news
    Facts lead = Facts.of(Analysed.body("Harbour Rail will also sell its Northgate ferry terminal to Coastline Trains in May."));
    assertThat(lead.ofType(Clause.class)).isNotEmpty().noneMatch(new Importance(lead)::background);
  }
}
