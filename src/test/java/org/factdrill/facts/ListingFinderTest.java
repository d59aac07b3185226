package org.factdrill.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.nlp.Analysed;
import org.factdrill.nlp.AnalysedArticle;
import org.junit.jupiter.api.Test;

class ListingFinderTest {

  @Test
  void namesOfOneKindJoinedByAndShareTheirRole() {
    AnalysedArticle a = Analysed.body("Britain, France and Canada launched a military operation in Libya.");
    Entities e = Entities.of(a);
    var listings = ListingFinder.find(ClauseFinder.find(a, e), e);
    assertThat(listings).hasSize(1);
    assertThat(listings.get(0).members()).extracting(Entity::name).containsExactly("Britain", "France", "Canada");
    assertThat(listings.get(0).kind()).isEqualTo(Kind.COUNTRY);
    assertThat(listings.get(0).slot().role()).isEqualTo(Slot.Role.SUBJECT);
  }

  @Test
  void namesOfDifferentKindsAreNoList() {
    AnalysedArticle a = Analysed.body("Britain and Tesco signed the agreement.");
    Entities e = Entities.of(a);
    assertThat(ListingFinder.find(ClauseFinder.find(a, e), e)).isEmpty();
  }
}
