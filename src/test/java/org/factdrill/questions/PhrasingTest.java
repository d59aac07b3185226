package org.factdrill.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhrasingTest {

  @ParameterizedTest
  @CsvSource({"adopted,adopt", "resumed,resume", "blamed,blame", "stopped,stop", "passed,pass", "agreed,agree",
      "pledged,pledge", "transferred,transfer", "tried,try", "visited,visit", "decided,decide", "launched,launch",
      "called,call", "introduced,introduce", "focused,focus", "said,say", "met,meet"})
  void pastTensesGoBackToTheirBaseForm(String past, String base) {
    assertThat(Phrasing.baseForm(past, "wrong-model-guess")).isEqualTo(base);
  }

  @Test
  void aLemmaThatIsNoStemOfTheWordIsNotTrusted() {
    assertThat(Phrasing.baseForm("insists", "insist")).isEqualTo("insist");
    assertThat(Phrasing.baseForm("insists", "banana")).isNull();
  }

  @Test
  void rolesWithAPossessiveTakeNoArticle() {
    assertThat(QuestionGenerator.the("North Korea's leader")).isEqualTo("North Korea's leader");
    assertThat(QuestionGenerator.the("Russian Foreign Minister")).isEqualTo("the Russian Foreign Minister");
  }

  @Test
  void aLongRestIsCutBeforeAPhraseButNotInsideAName() {
    assertThat(QuestionGenerator.shortened("indicated that Russia had a number of serious questions to ask over attempts by certain countries to act", 12))
        .isEqualTo("indicated that Russia had a number of serious questions to ask");
    String name = "was one of the voices during the National Day of Action for a Clean Dream Act that brought";
    assertThat(QuestionGenerator.shortened(name, 10)).doesNotEndWith("Action");
  }
}
