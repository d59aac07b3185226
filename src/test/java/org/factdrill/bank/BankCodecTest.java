package org.factdrill.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  static final Path PROJECT = Path.of(System.getProperty("factdrill.projectDir", "."));

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
        .hasMessageStartingWith("bad.json: line ")
        .hasMessageContaining(": at $.questions[0]: expected a field \"prompt\"; there is none");
  }

  @Test
  void aChoiceListWithoutTheAnswerIsRejectedWithItsPath() {
    String json = BankCodec.write(sample()).replace("\"answer\" : \"March 17\"", "\"answer\" : \"April 1\"");
    assertThatThrownBy(() -> BankCodec.read(json, "bad.json")).hasMessageStartingWith("bad.json: line ")
        .hasMessageEndingWith(": at $.questions[0]: choices must hold the answer \"April 1\" exactly once");
  }

  @Test
  void aFaultInsideAQuestionGetsItsFullJsonPath() {
    String json = BankCodec.write(sample()).replace("\"kind\" : \"country\"", "\"kind\" : \"\"");
    assertThatThrownBy(() -> BankCodec.read(json, "bad.json")).hasMessageStartingWith("bad.json: line ")
        .hasMessageEndingWith(": at $.questions[1].kind: expected text that is not empty");
  }

  @Test
  void theTokenReaderBuildsTheSameBankAsTheValidatingReader() throws Exception {
    for (Path file : List.of(Path.of("question-banks/libya-un-and-russia.json"), Path.of("src/test/resources/banks/libya-small.json"))) {
      String json = Files.readString(PROJECT.resolve(file));
      assertThat(BankCodec.readValidated(json.getBytes(StandardCharsets.UTF_8), "x.json")).as(file.toString())
          .isEqualTo(BankCodec.read(json, "x.json"));
    }
    String json = BankCodec.write(sample());
    assertThat(BankCodec.readValidated(json.getBytes(StandardCharsets.UTF_8), "x.json")).isEqualTo(sample());
  }

  @Test
  void theTokenReaderTakesFieldsInAnyOrderAndSkipsUnknownOnes() throws Exception {
    String json = """
        {"questions": [{"source": {"text": "On March 17, it was adopted.", "note": [1, {"x": 2}], "sentence": 3},
                        "kind": "date", "extra": {"deep": [true, null]}, "accept": ["17 March"],
                        "choices": ["March 17", "March 19"], "answer": "March 17", "prompt": "When?",
                        "type": "multiple_choice", "id": "q-0000000f"}],
         "article": {"sentences": ["A.", "B."], "sha256": "", "path": "a.txt", "more": 1},
         "title": "T", "schemaVersion": 1, "id": "t", "generator": {"name": "hand"}}""";
    QuestionBank viaTree = BankCodec.read(json, "x.json");
    assertThat(BankCodec.readValidated(json.getBytes(StandardCharsets.UTF_8), "x.json")).isEqualTo(viaTree);
    assertThat(viaTree.questions().get(0)).isEqualTo(new MultipleChoice("q-0000000f", "When?", "March 17",
        List.of("March 17", "March 19"), List.of("17 March"), "date", new Source(3, "On March 17, it was adopted.")));
    assertThat(viaTree.article()).isEqualTo(new QuestionBank.ArticleRef("a.txt", "", List.of("A.", "B.")));
  }

  @Test
  void theTokenReaderReadsWhatJacksonJrsRecordMappingReads() throws Exception {
    // jackson-jr maps the same JSON onto the same records by reflection: an independent reading
    String unordered = """
        {"questions": [{"source": {"text": "S.", "note": [1, {"x": 2}], "sentence": 3}, "pairs": [{"right": "b", "left": "a"}, null],
                        "kind": null, "answers": ["x", null], "type": "matching", "id": "q-1"}, null],
         "article": null, "title": "T", "schemaVersion": 1, "extra": {"deep": [true, null, 1.5]}}""";
    for (String json : List.of(Files.readString(PROJECT.resolve("question-banks/libya-un-and-russia.json")),
        BankCodec.write(sample()), unordered, "{}", "null")) {
      assertThat(BankFileReader.read(json.getBytes(StandardCharsets.UTF_8))).as(json)
          .isEqualTo(com.fasterxml.jackson.jr.ob.JSON.std.beanFrom(BankFile.class, json))
          .isEqualTo(BankFileReader.read(json));
    }
  }

  @Test
  void theTokenReaderNamesAValueOfTheWrongShape() {
    assertThatThrownBy(() -> BankCodec.readValidated("{\"questions\": {}}".getBytes(StandardCharsets.UTF_8), "b.json"))
        .hasMessageStartingWith("b.json: line 1, column ").hasMessageContaining("\"questions\" is a JSON array, found an object");
    assertThatThrownBy(() -> BankCodec.readValidated("{\"title\": 7}".getBytes(StandardCharsets.UTF_8), "b.json"))
        .hasMessageContaining("expected a string, found a number");
    assertThatThrownBy(() -> BankCodec.readValidated("{} {}".getBytes(StandardCharsets.UTF_8), "b.json"))
        .hasMessageContaining("more JSON after the bank's closing brace");
  }

  @Test
  void theTokenReaderStillRunsTheQuestionsOwnChecks() {
    byte[] json = BankCodec.write(sample()).replace("\"answer\" : \"March 17\"", "\"answer\" : \"April 1\"")
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BankCodec.readValidated(json, "bad.json")).hasMessageStartingWith("bad.json: line ")
        .hasMessageEndingWith(": at $.questions[0]: choices must hold the answer \"April 1\" exactly once");
    byte[] noAnswer = BankCodec.write(sample()).replace("\"answer\" : \"1973\",", "").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BankCodec.readValidated(noAnswer, "bad.json"))
        .hasMessageStartingWith("bad.json: line ").hasMessageEndingWith(": at $.questions[2]: \"answer\" is required for type short_answer");
    assertThatThrownBy(() -> BankCodec.readValidated("{\"questions\": [".getBytes(StandardCharsets.UTF_8), "b.json"))
        .hasMessageStartingWith("b.json: line 1, column");
  }

  @Test
  void validateAloneGivesTheMessagesReadGives() {
    String json = BankCodec.write(sample()).replace("\"kind\" : \"country\"", "\"kind\" : \"\"");
    assertThatThrownBy(() -> BankCodec.validate(json, "bad.json")).hasMessageStartingWith("bad.json: line ")
        .hasMessageContaining(": at $.questions[1].kind: ");
    assertThatThrownBy(() -> BankCodec.validate("", "e.json")).hasMessage("e.json: the file is empty");
  }

  @Test
  void brokenJsonGivesLineAndColumn() {
    assertThatThrownBy(() -> BankCodec.read("{\n  \"id\": ,", "b.json")).hasMessageStartingWith("b.json: line 2, column");
    assertThatThrownBy(() -> BankCodec.read("", "e.json")).hasMessage("e.json: the file is empty");
  }
}
