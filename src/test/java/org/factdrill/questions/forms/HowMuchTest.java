package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.questions.Forms;
import org.factdrill.questions.MultipleChoice;
import org.junit.jupiter.api.Test;

class HowMuchTest {
  @Test
  void howManyAsksTheCountedThing() {
    var qs = Forms.ask(new HowMuch(), "Harbour Rail will cut 600 jobs over the next two years.");
    assertThat(Forms.prompts(qs)).containsExactly("How many jobs will Harbour Rail cut over the next two years?");
    assertThat(((MultipleChoice) qs.get(0)).answer()).isEqualTo("600");
  }

  @Test
  void aCountIsAskedOfSomeoneOrSomewhereTheQuestionNames() {
    assertThat(Forms.prompts(Forms.ask(new HowMuch(), "1,200 passengers were stranded in Mombasa over the weekend of 12 March.")))
        .containsExactly("How many passengers were stranded in Mombasa over the weekend of 12 March?");
    // which passengers, where? any could be meant
    assertThat(Forms.ask(new HowMuch(), "1,200 passengers were stranded over the weekend of 12 March.")).isEmpty();
  }

  @Test
  void sharesInTheFirmAreItsStockAndTheFirmIsSaidByName() {
    // "shares in the company" is no share of a whole: "the company" still needs saying which
    var qs = Forms.ask(new HowMuch(), "Coastline Trains is to cut 600 jobs after its annual profit fell by 40%.",
        "Shares in the company fell 8% in Nairobi on Wednesday.");
    assertThat(Forms.prompts(qs)).contains("By what percentage did shares in Coastline Trains fall in Nairobi on Wednesday?")
        .noneMatch(p -> p.contains("the company"));
  }

  @Test
  void howMuchAsksASum() {
    var qs = Forms.ask(new HowMuch(), "Harbour Rail paid £120m for Coastline Trains.");
    assertThat(Forms.prompts(qs)).containsExactly("How much did Harbour Rail pay for Coastline Trains?");
    assertThat(((MultipleChoice) qs.get(0)).choices()).allMatch(c -> c.matches("£\\d+m"));
  }

  @Test
  void aChangeIsAskedByWhatPercentage() {
    var qs = Forms.ask(new HowMuch(), "Harbour Rail shares rose 4% in London.");
    assertThat(Forms.prompts(qs)).containsExactly("By what percentage did Harbour Rail shares rise in London?");
  }

  @Test
  void aCountedSubjectWithASingularVerbIsNotCopied() {
    // "The 14 depots uses ...": the article's slip would make "How many depots uses ...?"
    var qs = Forms.ask(new HowMuch(), "Harbour Rail runs its trains from Kenyan depots.",
        "The 14 depots uses only electric shunting engines bought from Harbour Rail in 2019.");
    assertThat(Forms.prompts(qs)).noneMatch(p -> p.startsWith("How many depots uses"));
  }

  @Test
  void aSumTheClauseSaysOfItsSubjectIsAskedWhatItWas() {
    var qs = Forms.ask(new HowMuch(), "Northgate Dairies Ltd sells milk across northern England.",
        "Its pre-tax profit in the third quarter was 77m euros.");
    assertThat(Forms.prompts(qs)).containsExactly("What was Northgate Dairies Ltd's pre-tax profit in the third quarter?");
    assertThat(((MultipleChoice) qs.get(0)).answer()).isEqualTo("77m euros");
  }
}
