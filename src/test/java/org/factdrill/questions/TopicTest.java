package org.factdrill.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdrill.facts.Facts;
import org.factdrill.nlp.Analysed;
import org.junit.jupiter.api.Test;

class TopicTest {
  private static final Source SOURCE = new Source(0, "Harbour Rail will cut 600 jobs.");

  private static Question typed(String prompt, String answer) {
    return new ShortAnswer(QuestionIds.of("short_answer", prompt, answer), prompt, answer, List.of(), "person", SOURCE, "f-00000000");
  }

  @Test
  void aQuestionIsOnTopicWhenItSharesAContentWordWithTheHeadline() {
    Topic topic = Topic.of(Analysed.article(Analysed.text("harbour-rail.txt")));
    // the headline: "Harbour Rail to cut 600 jobs after profits fall"
    assertThat(topic.covers(typed("How many jobs will the operator cut?", "600"))).isTrue();
    assertThat(topic.covers(typed("Who told shareholders that the savings would be made?", "Margaret Ellison"))).isFalse();
  }

  @Test
  void wordsMatchOnTheirFirstFiveLetters() {
    Topic topic = Topic.of(Analysed.article(Analysed.text("harbour-rail.txt")));
    assertThat(topic.covers(typed("Which firm reported lower profitability?", "Harbour Rail"))).isTrue();
  }

  @Test
  void offTopicQuestionsAreLeftOutOfTheBank() {
    var bank = BankMaker.make(Analysed.article(Analysed.text("harbour-rail.txt")), "harbour-rail.txt", "0000000000", 1);
    Topic topic = Topic.of(Analysed.article(Analysed.text("harbour-rail.txt")));
    assertThat(bank.questions()).isNotEmpty().allMatch(topic::covers);
  }

  @Test
  void aShortWordsPluralMatchesIt() {
    // "cafes" is five letters, "cafe" four: without the plural's "s" taken off, no first five letters match
    Topic topic = Topic.of(Analysed.article("Mombasa cafe owners protest\n\nOwners of cafes in Mombasa closed their doors on Monday."));
    assertThat(topic.covers(typed("How many cafes closed on Monday?", "120"))).isTrue();
  }

  @Test
  void initialsAreContentWordsHoweverShort() {
    Topic topic = Topic.of(Analysed.article("EU backs coastal rail plan\n\nMinisters agreed on Monday to fund a new line along the coast."));
    assertThat(topic.covers(typed("Which body's ministers agreed to fund the line?", "EU"))).isTrue();
    assertThat(topic.covers(typed("Who chaired the meeting?", "Tom Hale"))).isFalse();
  }

  @Test
  void whatTheArticleTalksAboutMostIsOnTopicWhereTheHeadlineLeavesItOut() {
    String text = "Strike called off\n\nHarbour Rail has agreed a pay deal with its drivers. Harbour Rail will add 40 trains a day from"
        + " March. The drivers' union said Harbour Rail had met its demands.";
    Question q = typed("Which company has agreed a pay deal with its drivers?", "Harbour Rail");
    assertThat(Topic.of(Analysed.article(text)).covers(q)).isFalse();
    assertThat(Topic.of(Facts.of(Analysed.article(text))).covers(q)).isTrue();
  }

  @Test
  void aNationalityStandsForItsCountry() {
    Topic headedByCountry = Topic.of(Analysed.article("China tightens rules on rail fares\n\nChinese officials capped fares on Monday."));
    assertThat(headedByCountry.covers(typed("Which officials acted on Monday?", "Chinese officials"))).isTrue();
    Topic headedByNationality = Topic.of(Analysed.article("Chinese rail fares capped\n\nOfficials capped fares in China on Monday."));
    assertThat(headedByNationality.covers(typed("In which country did officials act on Monday?", "China"))).isTrue();
  }
}
