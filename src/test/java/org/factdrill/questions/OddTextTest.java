package org.factdrill.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdrill.bank.QuestionBank;
import org.junit.jupiter.api.Test;

/** Text that is not news must give a (possibly empty) bank, never an exception. */
class OddTextTest {

  @Test
  void aVersionStringWhoseNumberHasTooFewDistractorsGivesNoBrokenQuestion() {
    // Found on a Debian copyright file: the number cloze had only one choice left and the
    // MultipleChoice constructor threw, failing the whole article.
    String text = " * RCS: @(#) $Id: strftime.c,v 1.10.2.3 2005/11/04 18:18:04 kennykb Exp $";
    QuestionBank bank = BankMaker.make(text, "odd.txt", "0".repeat(64), 0L);
    assertThat(bank.questions()).allSatisfy(q -> {
      if (q instanceof MultipleChoice mc) assertThat(mc.choices()).hasSizeGreaterThanOrEqualTo(3);
    });
  }
}
