package org.factdrill.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What factdrill relies on from CoreNLP, as seen through its own types. */
class PipelineTest {

  @Test
  void sentencesKeepTheirTextAndParagraphs() {
    AnalysedArticle a = Analysed.body("Tesco cut 500 jobs. Its shares rose.", "The union said it was angry.");
    assertThat(a.sentences()).extracting(Sentence::text)
        .containsExactly("Tesco cut 500 jobs.", "Its shares rose.", "The union said it was angry.");
    assertThat(a.sentences()).extracting(Sentence::paragraph).containsExactly(0, 0, 1);
    assertThat(a.headline()).isNull();
  }

  @Test
  void tokensCarryOffsetsIntoTheirSentenceAndFineEntityTypes() {
    Sentence s = Analysed.body("Russian Foreign Minister Sergei Lavrov met Ban Ki-moon in Moscow.").sentences().get(0);
    for (Token t : s.tokens()) assertThat(s.text().substring(t.begin(), t.end())).isEqualTo(t.text());
    assertThat(s.tokens()).extracting(Token::text).contains("Ki-moon"); // hyphenated names stay one token
    assertThat(s.mentions()).extracting(Mention::type).contains("NATIONALITY", "TITLE", "PERSON", "CITY");
    assertThat(s.mentions()).filteredOn(m -> m.type().equals("PERSON")).extracting(Mention::text)
        .containsExactly("Sergei Lavrov", "Ban Ki-moon");
  }

  @Test
  void theParseIsATreeWithOneRootAndSubjects() {
    Sentence s = Analysed.body("The UN Security Council adopted Resolution 1973 on March 17.").sentences().get(0);
    int root = s.root();
    assertThat(s.token(root).text()).isEqualTo("adopted");
    assertThat(s.children(root, "nsubj")).hasSize(1);
    assertThat(s.token(s.children(root, "nsubj").get(0)).text()).isEqualTo("Council");
    assertThat(s.children(root, "obj")).extracting(i -> s.token(i).text()).containsExactly("Resolution");
    for (int i = 0; i < s.size(); i++) assertThat(s.dominates(root, i)).as("token " + i).isTrue();
  }

  @Test
  void datesAreNormalisedWithoutInventingAYear() {
    Sentence s = Analysed.body("The talks ended on March 17.").sentences().get(0);
    Mention date = s.mentions().stream().filter(m -> m.type().equals("DATE")).findFirst().orElseThrow();
    assertThat(date.normalized()).isEqualTo("XXXX-03-17");
  }

  @Test
  void coreferenceTiesAPronounToTheNameBeforeIt() {
    AnalysedArticle a = Analysed.body("Margaret Ellison runs Harbour Rail. She told shareholders the cuts would save money.");
    CorefChain chain = a.chainAt(1, 0);
    assertThat(chain).isNotNull();
    assertThat(chain.mentions()).extracting(Mention::text).contains("Margaret Ellison", "She");
  }

  @Test
  void theHeadlineIsAnalysedApartFromTheBody() {
    AnalysedArticle a = Analysed.article("Nile states agree deal\n\nMinisters signed a deal in Nairobi on Thursday.");
    assertThat(a.headline().text()).isEqualTo("Nile states agree deal");
    assertThat(a.sentences()).hasSize(1);
    assertThat(a.sentences().get(0).index()).isZero();
  }

  @Test
  void aRunOnSentenceIsLeftOutBeforeTheHeavyAnalysis() {
    // a list run together with no full stop: coreference would compare every pair of its mentions
    String runOn = "Harbour Rail stops at " + String.join(", ", java.util.Collections.nCopies(80, "Nairobi, Mombasa")) + " and Kisumu";
    AnalysedArticle a = Analysed.body("Harbour Rail will cut 600 jobs over the next two years.",
        runOn + ". The company paid £120m for Coastline Trains in 2019.");
    assertThat(a.sentences()).extracting(Sentence::text)
        .containsExactly("Harbour Rail will cut 600 jobs over the next two years.", "The company paid £120m for Coastline Trains in 2019.");
  }
}

