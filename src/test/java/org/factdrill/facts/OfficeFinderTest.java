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
    assertThat(offices("Kenyan Foreign Minister Amina Wekesa opened the talks in Nairobi on Thursday."))
        .extracting(o -> o.person().name() + " = " + o.office()).containsExactly("Amina Wekesa = Kenyan Foreign Minister");
  }

  @Test
  void anApposition() {
    assertThat(offices("Margaret Ellison, the chief executive of Harbour Rail, closed the Leeds office in 2019."))
        .extracting(o -> o.person().name() + " = " + o.office()).containsExactly("Margaret Ellison = chief executive of Harbour Rail");
  }

  @Test
  void theOfficeOfSomeoneOnlyQuotedIsTrivia() {
    // rubric rule 5: who said a quote is not what a reader should remember
    assertThat(offices("Harbour Rail cut 600 jobs on Tuesday.",
        "\"The cuts were expected,\" said Jo Bloggs, an analyst at the Leeds Bank of Commerce.")).isEmpty();
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
