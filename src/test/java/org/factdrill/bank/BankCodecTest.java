package org.factdrill.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.factdrill.questions.TrueFalse;
import org.junit.jupiter.api.Test;

class BankCodecTest {

  private static final Source SRC = new Source(7, "On March 17, the UN Security Council adopted Resolution 1973.");

  static QuestionBank sample() {
    return new QuestionBank("libya", "Libya", new QuestionBank.ArticleRef("seeds/a.txt", "", List.of(SRC.text())),
        List.of(
            new MultipleChoice("q-00000001", "When?", "March 17", List.of("March 17", "March 19"), List.of("17 March"), "date", SRC),
            new MultiSelect("q-00000002", "Which?", List.of("A", "B"), List.of("A", "B", "C"), "country", SRC),
            new ShortAnswer("q-00000003", "Resolution ____ was adopted.", "1973", List.of(), "document", SRC),
            new TrueFalse("q-00000004", "True or false: it was March 17.", true, "date", SRC),
            new Ordering("q-00000005", "Put in order.", List.of("x", "y"), "event", SRC),
            new Matching("q-00000006", "Match.", List.of(new Matching.Pair("a", "1"), new Matching.Pair("b", "2")), "role", SRC)));
  }

  @Test
  void writeThenReadGivesTheSameBankAndTheSameBytes() throws Exception {
    String json = BankCodec.write(sample());
    QuestionBank back = BankCodec.read(json, "x.json");
    assertThat(back).isEqualTo(sample());
    assertThat(BankCodec.write(back)).isEqualTo(json);
    assertThat(back.questions().get(2).isCloze()).isTrue();
  }

  @Test
  void aMissingFieldNamesTheFileAndTheJsonPath() {
    String json = BankCodec.write(sample()).replace("\"prompt\" : \"When?\",", "");
    assertThatThrownBy(() -> BankCodec.read(json, "bad.json"))
        .isInstanceOf(BankFormatException.class)
        .hasMessageStartingWith("bad.json: at $.questions[0]: ")
        .hasMessageContaining("prompt");
  }

  @Test
  void aChoiceListWithoutTheAnswerIsRejectedWithItsPath() {
    String json = BankCodec.write(sample()).replace("\"answer\" : \"March 17\"", "\"answer\" : \"April 1\"");
    assertThatThrownBy(() -> BankCodec.read(json, "bad.json"))
        .hasMessage("bad.json: at $.questions[0]: choices must hold the answer \"April 1\" exactly once");
  }

  @Test
  void aFaultInsideAQuestionGetsItsFullJsonPath() {
    String json = BankCodec.write(sample()).replace("\"kind\" : \"country\"", "\"kind\" : \"\"");
    assertThatThrownBy(() -> BankCodec.read(json, "bad.json")).hasMessageStartingWith("bad.json: at $.questions[1].kind: ");
  }

  @Test
  void brokenJsonGivesLineAndColumn() {
    assertThatThrownBy(() -> BankCodec.read("{\n  \"id\": ,", "b.json")).hasMessageStartingWith("b.json: line 2, column");
    assertThatThrownBy(() -> BankCodec.read("", "e.json")).hasMessage("e.json: the file is empty");
  }
}
