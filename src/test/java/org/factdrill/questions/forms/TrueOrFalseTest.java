package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdrill.questions.Forms;
import org.factdrill.questions.TrueFalse;
import org.junit.jupiter.api.Test;

class TrueOrFalseTest {
  @Test
  void aFalseStatementChangesADateOrASumNeverTheSubject() {
    // "France abstained from the vote": the article may simply not say (rubric rule 2); a changed date it does
    var qs = Forms.ask(new TrueOrFalse(), "Russia, France and China met in Geneva.", "Russia abstained from the vote in Geneva on March 17.");
    var t = (TrueFalse) qs.stream().filter(q -> q.prompt().contains("abstained")).findFirst().orElseThrow();
    assertThat(t.prompt()).matches("True or false: Russia abstained from the vote in Geneva on March \\d+\\.");
    assertThat(t.answer()).isEqualTo(t.prompt().contains("March 17."));
  }

  @Test
  void whereNoFalseStatementReadsRightTheTrueOneIsAsked() {
    // "early 2005" has no other date of its shape to put in; the coin's "false" (the second and third here)
    // must not lose the fact
    for (String text : List.of("Harbour Rail ended its cheap fares in early 2005.",
        "Coastline Trains opened its new station in early 2005.", "Northgate Council closed its last library in early 2005.")) {
      assertThat(Forms.ask(new TrueOrFalse(), text)).as(text).singleElement()
          .satisfies(q -> assertThat(((TrueFalse) q).answer()).isTrue());
    }
  }

  @Test
  void theFirmIsStatedByItsNameWithoutAnArticleItDoesNotTake() {
    var qs = Forms.ask(new TrueOrFalse(), "Harbour Rail opened a new depot in Northgate in 2019.",
        "The firm has moved from Leeds to its new home in York.", "Wekesa said Harbour Rail would grow.");
    assertThat(Forms.prompts(qs)).contains("True or false: Harbour Rail has moved from Leeds to its new home in York.");
  }

  @Test
  void aTitlesOwnTheIsNotSaidTwice() {
    var qs = Forms.ask(new TrueOrFalse(), "The Glass Harbour by Tom Hale opened in Leeds in March.",
        "The Glass Harbour won the Northgate Theatre Award for best play in March.");
    assertThat(Forms.prompts(qs)).anyMatch(p -> p.startsWith("True or false: The Glass Harbour won")).noneMatch(p -> p.contains("The The"));
  }

  @Test
  void aPersonKnownByOneWordIsNoOneToTheReader() {
    var qs = Forms.ask(new TrueOrFalse(), "Adeyemi, 35, is replacing Joseph Kamau in the Northgate drama at the Mombasa theatre.");
    assertThat(Forms.prompts(qs)).noneMatch(p -> p.startsWith("True or false: Adeyemi"));
  }

  @Test
  void aSpeakersOwnItIsSaidByNameWithTheArticleTheNameTakes() {
    // "a Northgate Council report" puts the name before a noun: it says nothing of the name's own "the"
    var qs = Forms.ask(new TrueOrFalse(), "A Northgate Council report was published in Leeds on Monday.",
        "In its report, the Northgate Council said it would end parking charges for shop owners in Leeds in June.");
    assertThat(Forms.prompts(qs)).anyMatch(p -> p.matches("True or false: The Northgate Council would end parking charges for shop"
        + " owners in Leeds in \\w+\\."));
  }

  @Test
  void aStatementThatPicksOutNoEventIsNotAsked() {
    // "Russia abstained on Thursday": from what? A statement needs what a question needs
    assertThat(Forms.ask(new TrueOrFalse(), "Russia abstained on Thursday.")).isEmpty();
  }

  @Test
  void aChangedSumIsFalse() {
    var qs = Forms.ask(new TrueOrFalse(), "Harbour Rail paid £120m for Coastline Trains.");
    assertThat(qs).singleElement().satisfies(q -> {
      var t = (TrueFalse) q;
      assertThat(t.answer()).isEqualTo(t.prompt().contains("£120m"));
      assertThat(t.prompt()).startsWith("True or false: Harbour Rail paid £");
    });
  }

  @Test
  void aTitleTheParserBrokeOffAfterItsFirstWordMakesNoStatement() {
    // "her part in Somebody [Stole My Bicycle]": the parser read "Stole" as a verb of its own
    var qs = Forms.ask(new TrueOrFalse(), "Amina Wekesa earned warm praise for her recent part in Somebody Stole My Bicycle at the "
        + "Northgate Playhouse in Leeds.", "Amina Wekesa will star in a new production in Leeds next year.");
    assertThat(Forms.prompts(qs)).isNotEmpty().noneMatch(p -> p.contains("in Somebody"));
  }

  @Test
  void aReportedClauseGoesOnInLowerCaseAfterItsSource() {
    var qs = Forms.ask(new TrueOrFalse(), "Kenya's economy grew 4% last year.",
        "Finance Minister Amina Wekesa said the economy of Kenya would grow 5% in 2026.");
    assertThat(Forms.prompts(qs)).anyMatch(p -> p.startsWith("True or false: According to Finance Minister Amina Wekesa, the economy"));
  }
}
