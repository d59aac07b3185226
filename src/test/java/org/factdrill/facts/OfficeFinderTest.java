package org.factdrill.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdrill.nlp.Analysed;
import org.factdrill.nlp.AnalysedArticle;
import org.junit.jupiter.api.Test;

class OfficeFinderTest {

  private static List<Office> offices(String... paragraphs) {
    AnalysedArticle a = Analysed.body(paragraphs);
    return OfficeFinder.find(a, Entities.of(a));
  }

  @Test
  void aTitleBeforeTheNameWithWhoseOfficeItIs() {
    assertThat(offices("Kenyan Foreign Minister Amina Wekesa said the deal would end the dispute."))
        .extracting(o -> o.person().name() + " = " + o.office()).containsExactly("Amina Wekesa = Kenyan Foreign Minister");
  }

  @Test
  void anApposition() {
    assertThat(offices("Margaret Ellison, the chief executive of Harbour Rail, told shareholders the cuts would save money."))
        .extracting(o -> o.person().name() + " = " + o.office()).containsExactly("Margaret Ellison = chief executive of Harbour Rail");
  }

  @Test
  void aBareTitleSaysTooLittleToAskAbout() {
    assertThat(offices("President Joseph Mutebi welcomed the deal.")).isEmpty();
  }

  @Test
  void twoPeopleWithOneOfficeAreNeitherAsked() {
    assertThat(offices("Foreign Minister Amina Wekesa met Foreign Minister Karim Farouk in Cairo.")).isEmpty();
  }
}
