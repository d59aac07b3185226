package org.factdrill.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Faults in bank files said in a user's words, at the line and column where they are. */
class BankFaultsTest {

  /** A valid bank of one question, laid out so that each value's line and column are plain to see. */
  private static final String BANK = """
      {
        "schemaVersion": 1,
        "id": "harbour",
        "title": "Harbour",
        "article": {"path": "a.txt", "sha256": "", "sentences": ["The council voted on Tuesday."]},
        "questions": [
          {
            "id": "q-0000000a",
            "type": "short_answer",
            "prompt": "On what day did the council vote?",
            "answer": "Tuesday",
            "kind": "date",
            "source": {"sentence": 0, "text": "The council voted on Tuesday."}
          }
        ]
      }
      """;

  private static BankFormatException fault(String json) {
    return catchThrowableOfType(BankFormatException.class, () -> BankCodec.read(json, "bank.json"));
  }

  @Test
  void theValidBankReads() throws Exception {
    assertThat(BankCodec.read(BANK, "bank.json").questions()).hasSize(1);
  }

  @Test
  void aValueOfTheWrongTypeIsPlacedAndSaysWhatWasExpected() {
    BankFormatException e = fault(BANK.replace("\"kind\": \"date\"", "\"kind\": 7"));
    assertThat(e).hasMessage("bank.json: line 12, column 15: at $.questions[0].kind: expected text, found the number 7");
    assertThat(e.line()).isEqualTo(12);
    assertThat(e.column()).isEqualTo(15);
  }

  @Test
  void aMissingFieldPointsAtTheObjectThatLacksIt() {
    assertThat(fault(BANK.replace("\"prompt\": \"On what day did the council vote?\",\n", "")))
        .hasMessage("bank.json: line 7, column 5: at $.questions[0]: expected a field \"prompt\"; there is none");
  }

  @Test
  void patternsAndEnumerationsAreSaidAsWhatTheyAskFor() {
    assertThat(fault(BANK.replace("q-0000000a", "q-12"))).hasMessage(
        "bank.json: line 8, column 13: at $.questions[0].id: expected a question id: \"q-\" and 8 hex digits (0-9, a-f), found \"q-12\"");
    assertThat(fault(BANK.replace("\"short_answer\"", "\"short answer\""))).hasMessage("bank.json: line 9, column 15: at $.questions[0].type: "
        + "expected one of multiple_choice, multi_select, short_answer, true_false, ordering, matching; found \"short answer\"");
    assertThat(fault(BANK.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")))
        .hasMessage("bank.json: line 2, column 20: at $.schemaVersion: expected 1, found the number 2");
  }

  @Test
  void syntaxErrorsAreSaidWithoutTheParsersWords() {
    BankFormatException comma = fault(BANK.replace("\"answer\": \"Tuesday\",", "\"answer\": \"Tuesday\""));
    assertThat(comma).hasMessage("bank.json: line 12, column 7: at $.questions[0].answer: expected a comma between two fields, found a double quote (\")");
    assertThat(fault(BANK.replace("\"harbour\",", "\"harbour\",,"))).hasMessage(
        "bank.json: line 3, column 19: at $.id: expected a field name in double quotes, found a second comma");
    assertThat(fault(BANK.replace("\"kind\": \"date\",", "\"kind\": date,")).getMessage())
        .startsWith("bank.json: line 12, column 15: at $.questions[0].kind: expected a value, found the word 'date'");
    assertThat(fault(BANK.substring(0, BANK.indexOf("\"kind\"")))).hasMessageStartingWith("bank.json: line ")
        .hasMessageEndingWith("the file ends before the JSON is complete (was it cut short, or is a } or ] missing?)");
    for (String broken : new String[] {BANK.replace("\"harbour\",", "\"harbour\",,"), BANK.replace("\"kind\": \"date\",", "\"kind\": date,"),
        BANK.substring(0, 100), "\uFEFF" + BANK, BANK.replace("\"Harbour\"", "'Harbour'")}) {
      assertThat(fault(broken).getMessage()).doesNotContain("Unexpected").doesNotContain("code ").doesNotContain("JSON String")
          .doesNotContain("jackson").doesNotContain("\n");
    }
  }

  @Test
  void aQuestionsOwnCheckIsPlacedAtTheQuestion() {
    String json = BANK.replace("\"type\": \"short_answer\"", "\"type\": \"multiple_choice\"")
        .replace("\"kind\": \"date\"", "\"choices\": [\"Monday\", \"Friday\"], \"kind\": \"date\"");
    assertThat(fault(json)).hasMessage("bank.json: line 7, column 5: at $.questions[0]: choices must hold the answer \"Tuesday\" exactly once");
  }
}
