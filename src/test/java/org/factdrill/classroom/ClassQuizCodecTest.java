package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdrill.bank.BankCodec;
import org.junit.jupiter.api.Test;

class ClassQuizCodecTest {

  @Test
  void writeThenReadGivesTheSameQuizAndTheSameBytes() throws Exception {
    var quiz = ClassFixtures.quiz(new ClassSettings(false, 45, ClassSettings.Feedback.AFTER_EACH, true));
    String json = ClassQuizCodec.write(quiz);
    ClassQuiz back = ClassQuizCodec.read(json, "quiz.json");
    assertThat(back).isEqualTo(quiz);
    assertThat(ClassQuizCodec.write(back)).isEqualTo(json);
    assertThat(json).contains("\"format\" : \"factdrill-class-quiz\"", "\"timeLimitSeconds\" : 45", "\"feedback\" : \"after_each\"");
  }

  @Test
  void theDigestIgnoresLayoutButNotContent() throws Exception {
    var quiz = ClassFixtures.quiz();
    String json = ClassQuizCodec.write(quiz);
    ClassQuiz reflowed = ClassQuizCodec.read(json.replace("\n", "\n  "), "q.json");
    assertThat(ClassQuizCodec.digest(reflowed)).isEqualTo(ClassQuizCodec.digest(quiz));
    ClassQuiz retitled = ClassQuizCodec.read(json.replace("Libya and the UN", "Libya"), "q.json");
    assertThat(ClassQuizCodec.digest(retitled)).isNotEqualTo(ClassQuizCodec.digest(quiz));
  }

  @Test
  void aBadQuestionIsReportedWithItsPathInTheQuizFile() {
    String json = ClassQuizCodec.write(ClassFixtures.quiz()).replace("\"answer\" : \"March 17\"", "\"answer\" : \"May 1\"");
    assertThatThrownBy(() -> ClassQuizCodec.read(json, "quiz.json"))
        .isInstanceOf(ClassFileException.class)
        .hasMessage("quiz.json: at $.questions[0]: choices must hold the answer \"May 1\" exactly once");
  }

  @Test
  void badSettingsNameTheirPath() {
    String json = ClassQuizCodec.write(ClassFixtures.quiz());
    assertThatThrownBy(() -> ClassQuizCodec.read(json.replace("\"at_end\"", "\"never\""), "q.json"))
        .hasMessage("q.json: at $.settings.feedback: expected \"after_each\" or \"at_end\", found \"never\"");
    assertThatThrownBy(() -> ClassQuizCodec.read(json.replace("\"timeLimitSeconds\" : 0", "\"timeLimitSeconds\" : -5"), "q.json"))
        .hasMessageStartingWith("q.json: at $.settings.timeLimitSeconds: timeLimitSeconds must be between 0");
    assertThatThrownBy(() -> ClassQuizCodec.read(json.replace("\"retakes\" : false", "\"retakes\" : \"no\""), "q.json"))
        .hasMessage("q.json: at $.settings.retakes: expected true or false, found \"no\"");
    assertThatThrownBy(() -> ClassQuizCodec.read(json.replace("\"K7QF3M\"", "\"k7\""), "q.json"))
        .hasMessageStartingWith("q.json: at $.code: expected 6 characters");
    assertThatThrownBy(() -> ClassQuizCodec.read(json.replace("\"2025-03-17T09:00:00Z\"", "\"yesterday\""), "q.json"))
        .hasMessageStartingWith("q.json: at $.createdAt: expected a UTC time");
  }

  @Test
  void aBankOrBrokenJsonIsNotTakenForAQuiz() {
    String bank = BankCodec.write(ClassFixtures.bank());
    assertThatThrownBy(() -> ClassQuizCodec.read(bank, "libya.json"))
        .hasMessageStartingWith("libya.json: this is a question bank, not a class quiz");
    assertThatThrownBy(() -> ClassQuizCodec.read("{\n \"format\": ", "q.json")).hasMessageStartingWith("q.json: line 2, column");
    assertThatThrownBy(() -> ClassQuizCodec.read("", "q.json")).hasMessage("q.json: the file is empty");
    assertThatThrownBy(() -> ClassQuizCodec.read("[]", "q.json")).hasMessage("q.json: at $: expected a JSON object");
    assertThatThrownBy(() -> ClassQuizCodec.read("[".repeat(5000) + "]".repeat(5000), "q.json"))
        .hasMessage("q.json: not a class file (nested too deeply, or a text too long, to be one)");
  }

  @Test
  void aQuizWithoutQuestionsOrWithARepeatCannotBeBuilt() {
    String json = ClassQuizCodec.write(ClassFixtures.quiz());
    String empty = json.substring(0, json.indexOf("\"questions\" : [")) + "\"questions\" : [ ]\n}\n";
    assertThatThrownBy(() -> ClassQuizCodec.read(empty, "q.json"))
        .hasMessage("q.json: at $.questions: a class quiz needs at least one question");
    assertThatThrownBy(() -> new ClassQuiz("K7QF3M", "t", ClassFixtures.CREATED, ClassSettings.defaults(),
        java.util.List.of(ClassFixtures.DATE, ClassFixtures.DATE))).hasMessage("questions repeat the id q-0000000a");
  }
}
