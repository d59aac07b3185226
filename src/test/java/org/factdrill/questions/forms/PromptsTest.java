package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptsTest {
  @Test
  void wordsRepeatedByAnEditingSlipAreRefused() {
    assertThat(Prompts.acceptable("Karim Farouk has moved to moved to the Nile Basin Commission.", null)).isFalse();
    assertThat(Prompts.acceptable("Karim Farouk has moved to the Nile Basin Commission.", null)).isTrue();
  }

  @Test
  void worthNeedsItsFigure() {
    assertThat(Prompts.acceptable("Which council has signed a deal worth to Harbour Rail?", null)).isFalse();
    assertThat(Prompts.acceptable("Which council has signed a deal worth £12m to Harbour Rail?", null)).isTrue();
  }

  @Test
  void aPromptCutAfterAnAbbreviationIsRefused() {
    // "the Church of St" is a name the sentence splitter broke at "St."
    assertThat(Prompts.acceptable("In what year did Karim Farouk join the Church of St?", null)).isFalse();
  }

  @Test
  void aSubjectCutFromItsVerbByOneCommaIsRefused() {
    assertThat(Prompts.acceptable("The studio's 1950 film starring Ann Lee, is being remade for ____.", "£7m")).isFalse();
    assertThat(Prompts.acceptable("The studio's 1950 film, starring Ann Lee, is being remade for ____.", "£7m")).isTrue();
  }
}
