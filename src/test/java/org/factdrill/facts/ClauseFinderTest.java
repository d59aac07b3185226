package org.factdrill.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdrill.nlp.Analysed;
import org.factdrill.nlp.AnalysedArticle;
import org.junit.jupiter.api.Test;

class ClauseFinderTest {

  private static List<Clause> clauses(String... paragraphs) {
    AnalysedArticle a = Analysed.body(paragraphs);
    return ClauseFinder.find(a, Entities.of(a));
  }

  /** Whether a clause's verb is {@code word}: how the tests below pick out the clause they mean. */
  private static java.util.function.Predicate<Clause> verbIs(String word) {
    return c -> c.parse().token(c.verb()).text().equals(word);
  }

  @Test
  void theMainVerbWithItsSubjectDateAndDocument() {
    Clause c = clauses("On March 17, the UN Security Council adopted Resolution 1973.").get(0);
    assertThat(c.parse().token(c.verb()).text()).isEqualTo("adopted");
    assertThat(c.subject().answer()).isEqualTo("UN Security Council");
    assertThat(c.slot(Slot.Role.DATE).normalized()).isEqualTo("XXXX-03-17");
    assertThat(c.slot(Slot.Role.OBJECT).kind()).isEqualTo(Kind.DOCUMENT);
    assertThat(c.slot(Slot.Role.OBJECT).answer()).isEqualTo("Resolution 1973");
  }

  @Test
  void aPassivesDoerAfterByIsItsAgentWithoutTheBy() {
    Clause c = clauses("The new depot in Mombasa was opened by Amina Wekesa on Monday.").get(0);
    Slot agent = c.slot(Slot.Role.AGENT);
    assertThat(agent.answer()).isEqualTo("Amina Wekesa");
    assertThat(c.parse().text(agent.start(), agent.end())).isEqualTo("Amina Wekesa");
    // "by March" is a deadline, "by rail" a means, "by Harbour Rail" with an active verb no passive's doer
    assertThat(clauses("The new depot in Mombasa was opened by March 2020.").get(0).slot(Slot.Role.AGENT)).isNull();
    assertThat(clauses("Amina Wekesa travelled to the new depot in Mombasa by rail on Monday.").get(0).slot(Slot.Role.AGENT)).isNull();
  }

  @Test
  void aDateAfterBeginningIsTheDateAlone() {
    Clause c = clauses("Harbour Rail ended free travel for pupils in Mombasa beginning March 5.").get(0);
    assertThat(c.slot(Slot.Role.DATE).answer()).isEqualTo("March 5");
  }

  @Test
  void aDaySaidBetweenSubjectAndVerbIsLeftOutOfTheClause() {
    List<Clause> cs = clauses("Transport Minister Amina Wekesa yesterday opened a new rail depot in the port city of Mombasa.");
    assertThat(cs).hasSize(1);
    Clause c = cs.get(0);
    assertThat(c.subject().answer()).isEqualTo("Amina Wekesa");
    assertThat(c.tokens().stream().map(t -> c.parse().token(t).text()).toList()).contains("opened", "depot").doesNotContain("yesterday");
  }

  @Test
  void aSentenceAfterAClosingQuoteIsNoQuotation() {
    // the quote closing after "rail." belongs to that sentence, not to the next one's start
    List<Clause> cs = clauses("\"We will open two more depots this year. It is a good time for rail.\" Harbour Rail opened its first"
        + " depot in Mombasa in 2019.");
    assertThat(cs).anySatisfy(c -> assertThat(c.subject().answer()).isEqualTo("Harbour Rail"));
  }

  @Test
  void whatASpeechVerbReportsIsTheFactNotTheAttribution() {
    List<Clause> cs = clauses("Harbour Rail said it would cut 600 jobs over the next two years.");
    assertThat(cs).hasSize(1);
    Clause c = cs.get(0);
    assertThat(c.parse().token(c.verb()).text()).isEqualTo("cut");
    assertThat(c.slot(Slot.Role.QUANTITY).answer()).isEqualTo("600");
  }

  @Test
  void quotationsGiveNoClause() {
    assertThat(clauses("\"We will win the next election,\" the minister told reporters.")).isEmpty();
  }

  @Test
  void whatSomeoneHasNowIsBackgroundButWhatTheyHaveDoneIsNews() {
    assertThat(clauses("Amina Wekesa now has two national titles to her credit.")).as("a standing possession").isEmpty();
    assertThat(clauses("Harbour Rail has depots in 14 towns across Kenya.")).isEmpty();
    assertThat(clauses("Harbour Rail has opened depots in 14 towns across Kenya.")).as("an event, with 'has' as auxiliary").hasSize(1);
    assertThat(clauses("Harbour Rail had talks with Coastline Trains in 2019.")).as("the past").hasSize(1);
  }

  @Test
  void aLooseWordInsideAPhraseIsPartOfItButAnUnnamedShareOfPeopleIsNoSubject() {
    // the parser leaves "$" loose inside "the $3 a kilo mark"; left out, it would cut the phrase
    List<Clause> cs = clauses("Coffee prices surged above the $3 a kilo mark on Monday in Nairobi.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).tokens().stream().map(t -> cs.get(0).parse().token(t).text()).toList()).contains("$", "3", "kilo", "mark");
    assertThat(clauses("Many in Kenya would prefer Uganda to sign the treaty before the summit in Nairobi.")).isEmpty();
  }

  @Test
  void anInstructionIsAnActButWordsToThePressAreNot() {
    List<Clause> cs = clauses("Harbour Rail has warned passengers to avoid the coast line near Mombasa until Friday.");
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).parse().token(cs.get(0).verb()).text()).isEqualTo("warned");
    assertThat(clauses("Amina Wekesa told reporters to wait for the full report from Harbour Rail.")).isEmpty();
  }

  @Test
  void aSpeakerSpeakingOfThemselvesIsTheSubjectByName() {
    Clause c = clauses("Amina Wekesa has said she will run in the Nairobi Marathon in April.").get(0);
    assertThat(c.parse().token(c.subject().start()).text()).isEqualTo("she");
    assertThat(c.subject().answer()).isEqualTo("Amina Wekesa");
    // with no one named in the sentence, "she" names no one
    assertThat(clauses("She will run in the Nairobi Marathon in April.").get(0).subject().entity()).isNull();
  }

  @Test
  void aNameWithAnAsideIsStillTheNameAndTheAsidesMarksGoWithIt() {
    Clause c = clauses("Harbour Rail, the largest operator on the Kenyan coast, has bought Coastline Trains for £120m.").get(0);
    assertThat(c.subject().answer()).isEqualTo("Harbour Rail");
    assertThat(c.tokens().stream().map(t -> c.parse().token(t).text()).toList()).startsWith("Harbour", "Rail", "has", "bought");
  }

  @Test
  void onePersonWithAPluralVerbIsAListMisreadAsANameAndItsAsides() {
    assertThat(clauses("Amina Wekesa, Tom Hale, Ruth Otieno and Joseph Kamau also appear on the shortlist of the Northgate Prize for fiction.")).isEmpty();
    Clause c = clauses("Amina Wekesa, a novelist from Mombasa, features on the shortlist for the Northgate Prize for fiction.").get(0);
    assertThat(c.subject().answer()).isEqualTo("Amina Wekesa");
  }

  @Test
  void whatASpeakerWillDoIsNewsButWhatItSaysItHasDoneIsItsClaim() {
    List<Clause> claim = clauses("Harbour Rail said it had tried to consult residents about its new depot in Mombasa.");
    assertThat(claim).allMatch(c -> c.subject().entity() == null);
    Clause plan = clauses("Harbour Rail said it would open a new depot in Mombasa in May.").get(0);
    assertThat(plan.subject().answer()).isEqualTo("Harbour Rail");
  }

  @Test
  void aSumIsAQuantity() {
    Clause c = clauses("Harbour Rail paid £120m for Coastline Trains.").get(0);
    assertThat(c.slot(Slot.Role.QUANTITY).kind()).isEqualTo(Kind.MONEY);
    assertThat(c.slot(Slot.Role.QUANTITY).answer()).isEqualTo("£120m");
  }

  @Test
  void aYearIsADate() {
    Clause c = clauses("Harbour Rail bought Coastline Trains in 2019.").get(0);
    assertThat(c.slot(Slot.Role.DATE).normalized()).isEqualTo("2019");
    assertThat(c.slot(Slot.Role.OBJECT).answer()).isEqualTo("Coastline Trains");
  }

  @Test
  void anApproximateNumberIsNoQuantityToAsk() {
    assertThat(clauses("Harbour Rail paid more than £120m for Coastline Trains.").get(0).slot(Slot.Role.QUANTITY)).isNull();
  }

  @Test
  void aPlaceInWhichSomethingHappened() {
    Clause c = clauses("Kenyan and Egyptian ministers met in Nairobi on Thursday.").get(0);
    assertThat(c.slot(Slot.Role.PLACE).answer()).isEqualTo("Nairobi");
    assertThat(c.slot(Slot.Role.PLACE).kind()).isEqualTo(Kind.CITY);
  }

  @Test
  void aTitleBeforeANameIsPartOfTheSubjectSlot() {
    Clause c = clauses("President Joseph Mutebi opened the final session in Kampala on Thursday.").get(0);
    assertThat(c.subject().answer()).isEqualTo("Joseph Mutebi");
    assertThat(c.parse().text(c.subject().start(), c.subject().end())).isEqualTo("President Joseph Mutebi");
  }

  @Test
  void aViewOrAGuessIsNoFact() {
    // "should", "could", "might", "may": rubric rule 2 cannot mark an opinion true or false
    assertThat(clauses("Harbour Rail should sell its northern routes to Coastline Trains.")).isEmpty();
    assertThat(clauses("Harbour Rail could cut 600 jobs over the next two years.")).isEmpty();
  }

  @Test
  void aParticipleWithoutItsAuxiliaryIsNoClause() {
    // a caption or a headline's grammar: "How many authors shortlisted ...?" reads wrong
    assertThat(clauses("Riverside United beaten by Northgate Rovers in the Cup final in Cardiff on Saturday.")).isEmpty();
  }

  @Test
  void aComplementReadAsAnAdverbialClauseKeepsItsVerbFromTheQuestions() {
    // "accused Harbour Rail" without "of cutting ..." says nothing the article said
    assertThat(clauses("Minister Amina Wekesa accused Harbour Rail of cutting its northern services without notice."))
        .noneMatch(verbIs("accused"));
    assertThat(clauses("Harbour Rail has placed Riverside United as the favourites to win the cup.")).isEmpty();
  }

  @Test
  void anAsideAfterADashIsNoPartOfTheClause() {
    List<Clause> cs = clauses("Harbour Rail has been cutting its northern services since May - which could explain its falling profits.");
    assertThat(cs).allSatisfy(c -> assertThat(c.tokens()).noneMatch(t -> c.parse().token(t).text().equals("which")));
  }

  @Test
  void aSpeechVerbThatTellsOfAThingIsAnAct() {
    // "reported a sharp rise in profit", "is recalling carriages": the news itself, not words reported
    assertThat(clauses("Harbour Rail has reported a sharp rise in profit."))
        .anyMatch(verbIs("reported"));
    assertThat(clauses("Harbour Rail is recalling 2,000 carriages in Kenya on safety grounds."))
        .anyMatch(verbIs("recalling"));
    // words reported, or a person told, are still no fact
    assertThat(clauses("Harbour Rail told reporters about the carriages.")).noneMatch(verbIs("told"));
  }

  @Test
  void initialsInBracketsAreAnAside() {
    assertThat(clauses("The carmaker Harbour Motors (HM) is cutting 600 jobs in Kenya."))
        .anyMatch(verbIs("cutting"));
  }

  @Test
  void anObjectTheParserMadeTheSubjectOfAClauseAfterACommaIsTheVerbsObject() {
    // "... adopted Resolution 12, imposing ... and opening means for ...": read as "Resolution 12 ... means"
    Clause c = clauses("On March 9, the Nile Basin Council adopted Resolution 12, imposing a water quota on Egypt and opening"
        + " means for new talks in the dispute.").get(0);
    assertThat(c.parse().token(c.verb()).text()).isEqualTo("adopted");
    assertThat(c.slot(Slot.Role.OBJECT).answer()).isEqualTo("Resolution 12");
    assertThat(c.slot(Slot.Role.DATE).normalized()).isEqualTo("XXXX-03-09");
    assertThat(c.tokens()).noneMatch(t -> c.parse().token(t).text().equals("imposing"));
  }

  @Test
  void aRelativeClauseSayingWhenWithASubjectOfItsOwnIsAClauseWithoutItsRelativeWords() {
    List<Clause> cs = clauses("Amina Wekesa began a four-day visit to Mombasa on Monday, during which she opened a new ferry terminal"
        + " for Coastline Trains.");
    Clause opened = cs.stream().filter(verbIs("opened")).findFirst().orElseThrow();
    assertThat(opened.subject().answer()).isEqualTo("Amina Wekesa");
    assertThat(opened.tokens().stream().map(t -> opened.parse().token(t).text()).toList()).contains("she", "opened", "terminal")
        .doesNotContain("during", "which");
    // "which" as the relative clause's own subject: a description of the thing before it, no fact of its own
    assertThat(clauses("Amina Wekesa opened a new ferry terminal in Mombasa on Monday, which cost Coastline Trains £5m."))
        .noneMatch(verbIs("cost"));
  }

  @Test
  void aFamilyNameTheTaggerLeftUntaggedStillNamesThePersonForAHeAfterIt() {
    // "Young" (a family name that is also a word) is left untagged; coreference ties it, and "she", to Sarah Young
    List<Clause> cs = clauses("Sarah Young arrived in Nairobi on Monday. Officials expect the talks to last three days.",
        "Young is on a three-day Kenya visit, during which she discussed a fishing ban with the East African Community.");
    Clause discussed = cs.stream().filter(verbIs("discussed")).findFirst().orElseThrow();
    assertThat(discussed.subject().answer()).isEqualTo("Sarah Young");
  }

  @Test
  void aWishIsNoFact() {
    assertThat(clauses("Amina Wekesa would like to run in next month's Coastal Games in Mombasa.")).isEmpty();
    assertThat(clauses("Amina Wekesa wants to run in next month's Coastal Games in Mombasa.")).isEmpty();
    assertThat(clauses("Amina Wekesa will run in next month's Coastal Games in Mombasa.")).isNotEmpty();
  }

  @Test
  void anActSaidOnlyByItsSortPicksOutNoEvent() {
    // "has to reach a decision before Friday": a decision on what? "faced an urgent question at the council": about what?
    assertThat(clauses("Amina Wekesa has to reach a decision before Friday's meeting of the Coastal Games board.")).isEmpty();
    assertThat(clauses("Tom Hale faced an urgent question at the Northgate council on Thursday.")).isEmpty();
    // what the act is about said: a fact
    assertThat(clauses("Amina Wekesa has to reach a decision on the Mombasa route before Friday's meeting of the Coastal Games board."))
        .isNotEmpty();
    assertThat(clauses("Tom Hale faced an urgent question about rail fares at the Northgate council on Thursday.")).isNotEmpty();
  }

  @Test
  void aMedalWithoutItsEventIsNoFact() {
    // a bronze in what? "in Mombasa" says where, not in which event
    assertThat(clauses("Amina Wekesa took bronze in Mombasa behind Ruth Otieno and Grace Wood."))
        .noneMatch(verbIs("took"));
    assertThat(clauses("Amina Wekesa won bronze in the 400m in Mombasa behind Ruth Otieno and Grace Wood.")).isNotEmpty();
    assertThat(clauses("Amina Wekesa won gold at the Coastal Games in Mombasa last summer.")).isNotEmpty();
  }

  @Test
  void aParticipleAfterACommaIsAnAsideTheClauseIsWholeWithout() {
    // the parser hangs "selling ..." and "showing ..." loose from the verb; the clause before the comma is whole
    List<Clause> cs = clauses("Coastline Trains stayed in business on Saturday, selling tickets to Mombasa at half price.",
        "On Friday, Kenya's rail freight figure for May was published by Harbour Rail, showing 3.1% growth.");
    assertThat(cs).anyMatch(c -> verbIs("stayed").test(c)
        && !c.parse().text(c.tokens().get(0), c.tokens().get(c.tokens().size() - 1) + 1).contains("selling"));
    assertThat(cs).anyMatch(c -> verbIs("published").test(c) && c.slot(Slot.Role.AGENT) != null);
  }

  /** A sentence with the parse given, word by word as "word/POS/relation/head", for a parser's slip no text reproduces at will. */
  private static org.factdrill.nlp.Sentence parsed(String... words) {
    var tokens = new java.util.ArrayList<org.factdrill.nlp.Token>();
    var deps = new java.util.ArrayList<org.factdrill.nlp.Dependency>();
    var text = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String[] w = words[i].split("/");
      int begin = text.length();
      text.append(w[0]).append(' ');
      tokens.add(new org.factdrill.nlp.Token(w[0], w[0], w[1], "O", null, begin, begin + w[0].length()));
      deps.add(new org.factdrill.nlp.Dependency(w[2], Integer.parseInt(w[3]), i));
    }
    return new org.factdrill.nlp.Sentence(0, 0, text.toString().trim(), tokens, deps, List.of());
  }

  @Test
  void aCapitalisedWordSetBesideANameWithoutACommaIsTheNamesLastWord() {
    // the parser's slip: "Run" as an apposition of "Kenya" in "the Harbour Great Kenya Run"
    var s = parsed("Tom/NNP/compound/1", "Hale/NNP/nsubj/3", "will/MD/aux/3", "race/VB/root/-1", "in/IN/case/8", "the/DT/det/8",
        "Harbour/NNP/compound/8", "Great/NNP/compound/8", "Kenya/NNP/obl/3", "Run/NNP/appos/8", "on/IN/case/11", "Sunday/NNP/obl/3", "./././3");
    assertThat(ClauseFinder.phraseTokens(s, 8)).containsExactly(4, 5, 6, 7, 8, 9);
    // an apposition set apart by a comma is an aside, and stays out
    var aside = parsed("Tom/NNP/compound/1", "Hale/NNP/nsubj/2", "visited/VBD/root/-1", "Kenya/NNP/obj/2", ",/,/punct/6", "the/DT/det/6",
        "host/NN/appos/3", "././punct/2");
    assertThat(ClauseFinder.phraseTokens(aside, 3)).containsExactly(3);
  }

  @Test
  void theFirstOfAKindSaidBeforeIsNoFactAlone() {
    // "was the first to lead its budget committee": the first deaf member, said before the comma; alone, it claims she was the
    // first of all
    assertThat(clauses("Amina Wekesa is one of only two deaf members of the Northgate council, and she was the first to lead its budget committee."))
        .noneMatch(verbIs("first"));
    assertThat(clauses("Amina Wekesa was the first deaf councillor to chair the Northgate budget committee in 2019.")).isNotEmpty();
  }
}
