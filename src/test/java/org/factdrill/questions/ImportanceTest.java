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
}
