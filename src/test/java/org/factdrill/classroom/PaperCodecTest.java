package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.factdrill.bank.BankCodec;
import org.junit.jupiter.api.Test;

class PaperCodecTest {

  private final ClassQuiz quiz = ClassFixtures.quiz(new ClassSettings(false, 45, ClassSettings.Feedback.AFTER_EACH, true));

  @Test
  void writeThenReadGivesTheSamePaperAndTheSameBytes() throws Exception {
    QuestionPaper paper = ClassFixtures.paper(quiz, List.of(new Student("Ana", "s01")));
    String json = PaperCodec.write(paper);
    var back = (PaperCodec.QuizFile.Paper) PaperCodec.read(json, "quiz.json");
    assertThat(back.paper()).isEqualTo(paper);
    assertThat(PaperCodec.write(back.paper())).isEqualTo(json);
    assertThat(PaperCodec.digest(back.paper())).isEqualTo(PaperCodec.digest(paper));
  }

  /** The attack: the file every student receives held every answer. Now it holds no field that could carry one. */
  @Test
  void thePaperHoldsNoAnswers() throws Exception {
    String json = PaperCodec.write(ClassFixtures.paper(quiz, List.of()));
    JsonNode root = new ObjectMapper().readTree(json);
    Set<String> fields = new TreeSet<>();
    collectFields(root, fields);
    assertThat(fields).containsExactlyInAnyOrder("format", "schemaVersion", "code", "title", "createdAt", "settings", "shuffleOptions",
        "timeLimitSeconds", "feedback", "retakes", "questions", "id", "type", "prompt", "options", "lefts");
    // The short answer's answer and its accepted form appear nowhere; the bank form of the quiz holds them.
    assertThat(json).doesNotContain("Dmitry Medvedev", "17 March", "source");
    assertThat(BankCodec.toTree(ClassFixtures.PRESIDENT).toString()).contains("Dmitry Medvedev");
    // An ordering's items are never listed in the right order, a matching's right items never beside their left ones.
    JsonNode questions = root.path("questions");
    assertThat(strings(questions.get(5).path("options"))).containsExactlyInAnyOrderElementsOf(ClassFixtures.EVENTS.answers())
        .isNotEqualTo(ClassFixtures.EVENTS.answers());
    assertThat(strings(questions.get(6).path("options"))).isNotEqualTo(ClassFixtures.ROLES.rights());
  }

  @Test
  void aQuizFileOfTheFirstVersionIsReadWithItsAnswers() throws Exception {
    String v1 = new String(getClass().getResourceAsStream("v1/quiz.json").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    var file = PaperCodec.read(v1, "quiz-v1.json");
    assertThat(file).isInstanceOf(PaperCodec.QuizFile.WithAnswers.class);
    ClassQuiz old = ((PaperCodec.QuizFile.WithAnswers) file).quiz();
    assertThat(old.code()).isEqualTo("FAMYYG");
    assertThat(old.questions()).hasSize(4);
  }

  @Test
  void faultsNameTheFileThePathAndTheReasonInWordsNotJavaTypes() {
    String json = PaperCodec.write(ClassFixtures.paper(quiz, List.of()));
    assertThatThrownBy(() -> PaperCodec.read(json.replace("\"at_end\"", "\"never\"").replace("\"after_each\"", "\"never\""), "q.json"))
        .hasMessage("q.json: at $.settings.feedback: expected \"after_each\" or \"at_end\", found \"never\"");
    assertThatThrownBy(() -> PaperCodec.read(json.replace("\"retakes\" : true", "\"retakes\" : [1]"), "q.json"))
        .hasMessage("q.json: at $.settings.retakes: expected true or false");
    assertThatThrownBy(() -> PaperCodec.read(json.replace("\"K7QF3M\"", "\"k7\""), "q.json"))
        .hasMessageStartingWith("q.json: at $.code: expected 6 characters");
    assertThatThrownBy(() -> PaperCodec.read(json.replace("\"2025-03-17T09:00:00Z\"", "\"yesterday\""), "q.json"))
        .hasMessageStartingWith("q.json: at $.createdAt: expected a UTC time");
    assertThatThrownBy(() -> PaperCodec.read(json.replace("\"type\" : \"short_answer\"", "\"type\" : \"essay\""), "q.json"))
        .hasMessage("q.json: at $.questions[3].type: unknown question type \"essay\"");
    assertThatThrownBy(() -> PaperCodec.read(json.replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 7"), "q.json"))
        .hasMessageStartingWith("q.json: at $.schemaVersion: this factdrill reads class quiz versions 1 and 2");
  }

  @Test
  void aBankBrokenJsonOrDeepNestingIsNotTakenForAQuiz() {
    String bank = BankCodec.write(ClassFixtures.bank());
    assertThatThrownBy(() -> PaperCodec.read(bank, "libya.json")).hasMessageStartingWith("libya.json: this is a question bank, not a class quiz");
    assertThatThrownBy(() -> PaperCodec.read("{\n \"format\": ", "q.json")).hasMessageStartingWith("q.json: line 2, column");
    assertThatThrownBy(() -> PaperCodec.read("", "q.json")).hasMessage("q.json: the file is empty");
    assertThatThrownBy(() -> PaperCodec.read("[]", "q.json")).hasMessage("q.json: at $: expected a JSON object");
    assertThatThrownBy(() -> PaperCodec.read("[".repeat(5000) + "]".repeat(5000), "q.json"))
        .hasMessageEndingWith("not a factdrill file (nested too deeply, or a number or text too long, to be one)")
        .hasMessageNotContaining("Constraints").hasMessageNotContaining("Jackson");
  }

  private static void collectFields(JsonNode node, Set<String> out) {
    if (node.isObject()) node.fields().forEachRemaining(e -> {
      out.add(e.getKey());
      collectFields(e.getValue(), out);
    });
    else if (node.isArray()) node.forEach(n -> collectFields(n, out));
  }

  private static List<String> strings(JsonNode array) {
    var out = new java.util.ArrayList<String>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
