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

  @Test
  void aThreadOfReadersCommentsGivesNoFacts() {
    // printed under the story with no question to them: they ask, and speak as "I"
    Facts f = Facts.of(Analysed.body("Harbour Rail will cut 600 jobs over the next two years.",
        "The company paid £120m for Coastline Trains in 2019.", "Harbour Rail opened its Nairobi line in March 2018.",
        "Harbour Rail's chairman Tom Hale joined the company in 2015.",
        "Why not ask the drivers? I rode the Nairobi line every day in 2018. What about the old timetable?",
        "The Coastline Trains ferry was a hit in 1990. I loved it."));
    assertThat(f.all()).isNotEmpty().noneMatch(x -> text(f, x).contains("1990"));
    assertThat(f.all()).anyMatch(x -> text(f, x).contains("2015"));
  }

  @Test
  void aQuotationOverSeveralSentencesIsNoReadersVoice() {
    // "... He spoke for an hour. I thought it went well," she said: the middle sentence has no marks of its own
    Facts f = Facts.of(Analysed.body("Harbour Rail will cut 600 jobs over the next two years.",
        "The company paid £120m for Coastline Trains in 2019.", "Harbour Rail opened its Nairobi line in March 2018.",
        "Amina Wekesa said: \"Why now? I was there. I saw it all. Did anyone ask?\"",
        "Harbour Rail's chairman Tom Hale joined the company in 2015."));
    assertThat(f.all()).anyMatch(x -> text(f, x).contains("2015"));
  }

  private static String text(Facts f, Fact x) {
    return f.article().sentences().get(x.sentence()).text();
  }
}
