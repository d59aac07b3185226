package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptsTest {
  @Test
  void wordsRepeatedByAnEditingSlipAreRefused() {
    assertThat(Prompts.acceptable("Susan Fletcher has graduated from graduated from the University of East Anglia.", null)).isFalse();
    assertThat(Prompts.acceptable("Susan Fletcher has graduated from the University of East Anglia.", null)).isTrue();
  }

  @Test
  void worthNeedsItsFigure() {
    assertThat(Prompts.acceptable("Which organisation has awarded a contract worth to Arts Alliance?", null)).isFalse();
    assertThat(Prompts.acceptable("Which organisation has awarded a contract worth £11.7m to Arts Alliance?", null)).isTrue();
  }

  @Test
  void aPromptCutAfterAnAbbreviationIsRefused() {
    // "the University of St" is a name the sentence splitter broke at "St."
    assertThat(Prompts.acceptable("In what year did John Guy become a professor at the University of St?", null)).isFalse();
  }

  @Test
  void aSubjectCutFromItsVerbByOneCommaIsRefused() {
    assertThat(Prompts.acceptable("Frank Capra's 1946 movie starring James Stewart, is being turned into a ____ musical.", "£7m")).isFalse();
    assertThat(Prompts.acceptable("Frank Capra's 1946 movie, starring James Stewart, is being turned into a ____ musical.", "£7m")).isTrue();
  }
}
