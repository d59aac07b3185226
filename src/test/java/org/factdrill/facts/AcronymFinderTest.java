package org.factdrill.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.nlp.Analysed;
import org.junit.jupiter.api.Test;

class AcronymFinderTest {

  @Test
  void initialsInBracketsAfterTheNameTheySpell() {
    assertThat(AcronymFinder.find(Analysed.body("The talks were organised by the Nile Basin Commission (NBC) last year.")))
        .extracting(a -> a.shortForm() + " = " + a.longForm()).containsExactly("NBC = Nile Basin Commission");
  }

  @Test
  void smallWordsMaySitBetweenTheInitialWords() {
    assertThat(AcronymFinder.find(Analysed.body("He joined the Union of European Football Associations (UEFA) in 1990.")))
        .extracting(Acronym::longForm).containsExactly("Union of European Football Associations");
  }

  @Test
  void aBracketedAsideThatSpellsNothingIsNoDefinition() {
    assertThat(AcronymFinder.find(Analysed.body("The company (BBC) said profits rose."))).isEmpty();
  }
}
