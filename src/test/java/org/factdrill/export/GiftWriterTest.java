package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.junit.jupiter.api.Test;

class GiftWriterTest {
  private static final Source SRC = new Source(2, "It happened.");

  private static BankWriter.Export write(Question... questions) {
    var bank = new QuestionBank("b", "B", new QuestionBank.ArticleRef("", "", List.of()), List.of(questions));
    return new GiftWriter().write(bank, bank.questions());
  }

  @Test
  void escapesExactlyAsMoodlesRepchar() {
    assertThat(GiftText.escape("a\\b#c=d~e{f}g:h\ni\r\nj -> k <l> & \"m\" 'n' 🦆 שלום"))
        .isEqualTo("a\\\\b\\#c\\=d\\~e\\{f\\}g\\:h\\ni\\nj -> k <l> & \"m\" 'n' 🦆 שלום");
  }

  @Test
  void decodingUndoesTheEscapesAndKnowsWhichCharactersWereEscaped() {
    var d = GiftText.Decoded.of("a\\=b=c\\\\n\\n\\q");
    assertThat(d.toString()).isEqualTo("a=b=c\\n\n\\q");
    assertThat(d.find('=', 0)).isEqualTo(3);
  }

  @Test
  void aShortAnswerHoldingAnArrowIsSkippedBecauseMoodleWouldReadAMatchingQuestion() {
    var e = write(new ShortAnswer("q-00000001", "Which way?", "a -> b", List.of(), "other", SRC));
    assertThat(e.written()).isZero();
    assertThat(e.skipped()).containsExactly(new BankWriter.Skipped("q-00000001", "the accepted answer \"a -> b\" contains \"->\", which GIFT cannot escape"));
  }

  @Test
  void anArrowMayBeOnTheRightOfAPairButNotOnTheLeft() {
    var right = write(new Matching("q-00000001", "Match.", List.of(new Matching.Pair("a", "x -> y"), new Matching.Pair("b", "z")), "other", SRC));
    assertThat(Banks.text(right)).contains("\t=a -> x -> y\n");
    var left = write(new Matching("q-00000002", "Match.", List.of(new Matching.Pair("a -> b", "x"), new Matching.Pair("c", "z")), "other", SRC));
    assertThat(left.skipped()).extracting(BankWriter.Skipped::reason).containsExactly("the item \"a -> b\" contains \"->\", which GIFT cannot escape");
  }

  @Test
  void multipleAnswerWeightsShareOneHundredAndTakeItAwayAgain() {
    var e = write(new MultiSelect("q-00000001", "Which?", List.of("a", "b"), List.of("a", "b", "c", "d"), "other", SRC));
    assertThat(Banks.text(e)).contains("\t~%50%a\n\t~%50%b\n\t~%-50%c\n\t~%-50%d\n").doesNotContain("\t=");
    var three = write(new MultiSelect("q-00000002", "Which?", List.of("a", "b", "c"), List.of("a", "b", "c", "d"), "other", SRC));
    assertThat(Banks.text(three)).contains("\t~%33.33333%a\n").contains("\t~%-100%d\n");
  }

  @Test
  void moreRightChoicesThanMoodlesGradesCanShareAreSkipped() {
    var answers = List.of("a", "b", "c", "d", "e", "f");
    var e = write(new MultiSelect("q-00000001", "Which?", answers, List.of("a", "b", "c", "d", "e", "f", "g"), "other", SRC));
    assertThat(e.written()).isZero();
    assertThat(e.skipped().get(0).reason()).startsWith("6 right choices");
  }

  @Test
  void aPlainNumberWithNoOtherFormIsNumericalAndAnythingElseIsShortAnswer() {
    assertThat(Banks.text(write(new ShortAnswer("q-00000001", "How many?", "1973", List.of(), "number", SRC)))).contains("{#\n\t=1973\n");
    assertThat(Banks.text(write(new ShortAnswer("q-00000002", "How many?", "1973", List.of("nineteen seventy-three"), "number", SRC))))
        .contains("{\n\t=1973\n\t=nineteen seventy-three\n");
    assertThat(Banks.text(write(new ShortAnswer("q-00000003", "How many?", "007", List.of(), "number", SRC)))).contains("{\n\t=007\n");
    assertThat(List.of("0", "-3", "2.5", "1973")).allMatch(GiftText::isPlainNumber);
    assertThat(List.of("007", "1,973", "2.50", "-0", "1e3", "+3", "3.")).noneMatch(GiftText::isPlainNumber);
  }

  @Test
  void aWrongChoiceThatStartsLikeAWeightIsSkippedButARightOneIsSafe() {
    var wrong = write(new MultipleChoice("q-00000001", "Share?", "half", List.of("half", "%50% of it"), List.of(), "number", SRC));
    assertThat(wrong.skipped()).extracting(BankWriter.Skipped::reason).containsExactly("the choice \"%50% of it\" starts like a GIFT weight (%n%)");
    var right = write(new MultipleChoice("q-00000002", "Share?", "%50% of it", List.of("%50% of it", "all"), List.of(), "number", SRC));
    assertThat(right.written()).isOne();
  }

  @Test
  void everyQuestionIsNamedByItsIdWithPlainTextAndTheSourceAsGeneralFeedback() {
    String gift = Banks.text(write(new MultipleChoice("q-00000001", "When?", "March 17", List.of("March 17", "March 19"), List.of(), "date", SRC)));
    assertThat(gift).isEqualTo("// bank: b\n// title: B\n\n"
        + "// kind: date; sentence: 2\n::q-00000001::[plain]When?{\n\t=March 17\n\t~March 19\n\t####It happened.\n}\n");
  }
}
