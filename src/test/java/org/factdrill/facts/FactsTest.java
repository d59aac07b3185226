package org.factdrill.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.nlp.Analysed;
import org.junit.jupiter.api.Test;

class FactsTest {
  @Test
  void whatFollowsAQuestionToTheReaderGivesNoFacts() {
    Facts f = Facts.of(Analysed.body("Harbour Rail will cut 600 jobs over the next two years.",
        "The company paid £120m for Coastline Trains in 2019.", "What do you think of the cuts?",
        "Northgate Rovers won the Cup final in Cardiff on Saturday."));
    assertThat(f.all()).isNotEmpty().allMatch(x -> x.sentence() < 2);
  }
}
