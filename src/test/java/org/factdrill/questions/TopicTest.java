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
  void thePersonTalkedOfMostIsOnTopicWhereTheHeadlineDescribesThem() {
    // the headline says "mayor", not the name; coreference makes the city (its council) the most talked-about name
    String text = "Court jails former Northgate mayor for fraud\n\n"
        + "A former mayor of Northgate has been jailed for six years for stealing £2.3m from the city council.\n\n"
        + "Peter Kamau, 61, was found guilty of fraud at Mombasa Crown Court in October. He was sentenced on Friday by Judge Ruth Njeri.\n\n"
        + "The court heard that Kamau paid council money into the accounts of three companies he secretly owned.\n\n"
        + "Police said about £900,000 of the money had been recovered. The Northgate council said it would use the money to repair roads.\n\n"
        + "Kamau's lawyer, Tom Otieno, said his client would appeal. Northgate's mayor, Amina Hassan, promised a review of the council.";
    Topic topic = Topic.of(Facts.of(Analysed.article(text)));
    assertThat(topic.covers(typed("Which judge sentenced Peter Kamau on Friday?", "Ruth Njeri"))).isTrue();
    // someone named in passing is not
    assertThat(topic.covers(typed("Who is Tom Otieno's client?", "Jane Wambui"))).isFalse();
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

  @Test
  void aPrizeIsAnAwardAndAFirmACompany() {
    // news writing varies its word for one thing: the headline's "prize" is the text's "award"
    assertThat(Topic.stems("Wekesa takes Northgate novel prize")).contains("award");
    assertThat(Topic.stems("Harbour Rail firm cuts fares")).contains("compa");
    assertThat(Topic.stems("Wekesa takes Northgate novel prize")).doesNotContain("firm");
  }
}
