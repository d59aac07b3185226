package org.factdrill.questions.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdrill.facts.Facts;
import org.factdrill.nlp.Analysed;
import org.factdrill.questions.BankMaker;
import org.factdrill.questions.Context;
import org.factdrill.questions.Source;
import org.junit.jupiter.api.Test;

class ChoicesTest {
  private static final Context CONTEXT = Context.of(Facts.of(Analysed.body("Harbour Rail cut 600 jobs in Kenya in 2019.")),
      BankMaker.DEFAULT_SEED);

  @Test
  void aNameTooLongToTypeIsNotAskedTyped() {
    // with no wrong choices of its sort the question would be typed: eleven words no one recalls word for word
    String longName = "Water Data Project for Small Growers of the Upper Tana Valley";
    assertThat(typed("The ____ sends river levels to 6,000 farmers in Kenya.", longName)).isFalse();
    assertThat(typed("The ____ sends river levels to 6,000 farmers in Kenya.", "Tana Water Project")).isTrue();
  }

  /** Whether a question with this answer and no wrong choices is asked at all. */
  private static boolean typed(String prompt, String answer) {
    return Choices.ask(CONTEXT, prompt, answer, List.of(), List.of(), "organization", new Source(0, "s"), "f-1", 1.0) != null;
  }
}
