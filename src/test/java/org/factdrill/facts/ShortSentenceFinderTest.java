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

  @Test
  void aNumberOpenedByAWordOfApproximationIsApproximateWhereverItsSpanBegins() {
    // "About 600 attended", with "About" inside the number's own span: "About 400" would be as true an answer
    Sentence s = Analysed.body("About 600 shareholders attended the meeting in Mombasa.").sentences().get(0);
    assertThat(ShortSentenceFinder.approximate(s, 0)).isTrue();
    assertThat(ShortSentenceFinder.approximate(s, 1)).isTrue();
    assertThat(ShortSentenceFinder.approximate(s, 2)).as("a word two before counts, three before does not").isTrue();
    assertThat(ShortSentenceFinder.approximate(s, 5)).isFalse();
  }

  @Test
  void theUpperEndOfARoughRangeIsRoughButOfAnExactOneIsNot() {
    Sentence rough = Analysed.body("Harbour Rail thinks about 8,000 to 10,000 passengers use the Mombasa line each day.").sentences().get(0);
    int upper = rough.tokens().stream().map(t -> t.text()).toList().indexOf("10,000");
    assertThat(ShortSentenceFinder.approximate(rough, upper)).isTrue();
    Sentence exact = Analysed.body("Harbour Rail raised its fares from 8,000 to 10,000 shillings in March.").sentences().get(0);
    int top = exact.tokens().stream().map(t -> t.text()).toList().indexOf("10,000");
    assertThat(ShortSentenceFinder.approximate(exact, top)).isFalse();
  }
}
