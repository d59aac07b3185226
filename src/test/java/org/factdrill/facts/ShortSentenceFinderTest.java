package org.factdrill.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.nlp.Analysed;
import org.factdrill.nlp.AnalysedArticle;
import org.factdrill.nlp.Mention;
import org.factdrill.nlp.Sentence;
import org.junit.jupiter.api.Test;

class ShortSentenceFinderTest {
  @Test
  void aNumberInWordsThatOpenedItsSentenceIsAnsweredInLowerCase() {
    // "Fifteen schools will close" asked as "According to ..., ____ schools will close": the answer is "fifteen"
    AnalysedArticle a = Analysed.body("Fifteen rural schools in Turkana will close next year.");
    Sentence s = a.sentences().get(0);
    Mention fifteen = s.mentionAt(0);
    assertThat(fifteen.type()).isEqualTo("NUMBER");
    assertThat(ShortSentenceFinder.gap(s, fifteen, Entities.of(a)).answer()).isEqualTo("fifteen");
  }
}
