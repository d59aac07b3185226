package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.factdrill.questions.Source;
import org.factdrill.questions.TrueFalse;
import org.junit.jupiter.api.Test;

/** The Kahoot sheet read back and checked against the template's rules (FORMATS.md). */
class KahootWriterTest {

  private static final Source SRC = new Source(0, "A sentence.");
  private final KahootWriter writer = new KahootWriter();

  /** Checks every rule of the template on a written sheet and returns its question rows. */
  static List<Map<Integer, Object>> checkedRows(byte[] xlsx, int expectedQuestions) {
    Map<Integer, Map<Integer, Object>> cells = ExportedFiles.sheetCells(xlsx);
    assertThat(cells.get(2)).containsEntry(1, KahootWriter.TITLE);
    assertThat(cells.get(3)).containsEntry(1, KahootWriter.INSTRUCTIONS);
    var header = cells.get(8);
    assertThat(header.keySet()).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(List.copyOf(header.values())).containsExactly("Question - max 120 characters",
        "Answer 1 - max 75 characters", "Answer 2 - max 75 characters", "Answer 3 - max 75 characters",
        "Answer 4 - max 75 characters", "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
        "Correct answer(s) - choose at least one");
    var rows = new ArrayList<Map<Integer, Object>>();
    for (int r = 9; cells.containsKey(r); r++) {
      var row = cells.get(r);
      rows.add(row);
      assertThat(row.keySet()).as("row " + r + ": no column past H").allMatch(c -> c <= 7);
      assertThat(row.get(0)).isEqualTo(new BigDecimal(r - 8));
      String question = (String) row.get(1);
      assertThat(question).isNotBlank().doesNotContain("\n");
      assertThat(question.length()).isLessThanOrEqualTo(120);
      var answers = new ArrayList<String>();
      for (int c = 2; c <= 5; c++) if (row.containsKey(c)) answers.add((String) row.get(c));
      assertThat(answers).hasSizeBetween(2, 4).allSatisfy(a -> {
        assertThat(a.length()).isLessThanOrEqualTo(75);
        assertThat(a).isNotBlank().doesNotContain("\n");
      });
      for (int c = 2; c < 2 + answers.size(); c++) assertThat(row).as("answers fill C onwards without gaps").containsKey(c);
      assertThat(((BigDecimal) row.get(6)).intValueExact()).isIn(5, 10, 20, 30, 60, 90, 120, 240);
      String correct = row.get(7).toString();
      assertThat(correct).matches("[1-4](,[1-4])*");
      for (String n : correct.split(",")) assertThat(Integer.parseInt(n)).isBetween(1, answers.size());
    }
    assertThat(rows).hasSize(expectedQuestions);
    assertThat(cells.keySet()).allMatch(r -> r <= 8 + expectedQuestions);
    return rows;
  }

  @Test
  void theSampleSheetKeepsEveryRuleOfTheTemplate() {
    QuestionBank bank = ExportedFiles.sampleBank();
    BankWriter.Export export = writer.write(bank, bank.questions());
    assertThat(export.written()).isEqualTo(6);
    List<Map<Integer, Object>> rows = checkedRows(export.bytes(), 6);
    assertThat(rows.get(0).get(1)).isEqualTo("On what date did the UN Security Council adopt Resolution 1973?");
    assertThat(rows.get(0).get(7)).isEqualTo(new BigDecimal(2));
    assertThat(rows.get(2).get(7)).isEqualTo("1,3,4");
    assertThat(rows.get(3).get(2)).isEqualTo("True");
    assertThat(rows.get(3).get(3)).isEqualTo("False");
    assertThat(export.skipped()).extracting(BankWriter.Skipped::questionId)
        .containsExactly("q-0b5e1a04", "q-0b5e1a05", "q-0b5e1a08", "q-0b5e1a09");
    assertThat(export.skipped()).allSatisfy(s -> assertThat(s.reason()).contains("only choice questions"));
  }

  @Test
  void aLongQuestionLosesItsSourcePhraseAndTrailingRemarkOnlyWhenItMustFit() {
    var q = mc("According to the article, what did Russian President Dmitry Medvedev ask Secretary General Ban"
        + " Ki-moon to seek strict observance of (in relation to the use of military force)?");
    assertThat(KahootWriter.row(q).row().question())
        .isEqualTo("What did Russian President Dmitry Medvedev ask Secretary General Ban Ki-moon to seek strict observance of?");
    var shortEnough = mc("According to the article, who asked (politely)?");
    assertThat(KahootWriter.row(shortEnough).row().question()).isEqualTo("According to the article, who asked (politely)?");
    var trailing = mc("Which organisation did the Secretary General of the United Nations, Ban Ki-moon, discuss"
        + " cooperation with, according to the article?");
    assertThat(KahootWriter.row(trailing).row().question()).isEqualTo("Which organisation did the Secretary General of"
        + " the United Nations, Ban Ki-moon, discuss cooperation with?");
  }

  @Test
  void aQuestionThatCannotBeShortenedIsSkippedWithItsText() {
    String text = "In the text of Resolution 1973 adopted on March 17 by the United Nations Security Council, which"
        + " measure was imposed on Libya to protect civilians?";
    KahootWriter.Result r = KahootWriter.row(mc(text));
    assertThat(r.row()).isNull();
    assertThat(r.reason()).contains(text.length() + " characters").contains("Kahoot allows 120").contains(text);
  }

  @Test
  void answersOverTheLimitAreShortenedOnlyByATrailingRemarkElseSkipped() {
    String longWithRemark = "the Collective Security Treaty Organisation of former Soviet states (the CSTO, led from Moscow)";
    var ok = new MultipleChoice("q-00000001", "Which?", longWithRemark, List.of(longWithRemark, "NATO"), List.of(), "organization", SRC);
    assertThat(KahootWriter.row(ok).row().answers()).containsExactly(
        "the Collective Security Treaty Organisation of former Soviet states", "NATO");
    String tooLong = "the Collective Security Treaty Organisation of former Soviet states in Europe and Central Asia";
    var bad = new MultipleChoice("q-00000002", "Which?", tooLong, List.of(tooLong, "NATO"), List.of(), "organization", SRC);
    assertThat(KahootWriter.row(bad).reason()).contains(tooLong).contains("Kahoot allows 75");
    String a = "a long answer that needs to be shortened to fit into the Kahoot sheet now (first)";
    String b = "a long answer that needs to be shortened to fit into the Kahoot sheet now (second)";
    var same = new MultipleChoice("q-00000003", "Which?", a, List.of(a, b), List.of(), "organization", SRC);
    assertThat(KahootWriter.row(same).reason()).contains("would make two of them the same");
  }

  @Test
  void choiceListsAreCutToFourKeepingTheAnswers() {
    var six = new MultipleChoice("q-00000004", "Which?", "F", List.of("A", "B", "C", "D", "E", "F"), List.of(), "x", SRC);
    KahootWriter.Row row = KahootWriter.row(six).row();
    assertThat(row.answers()).containsExactly("A", "B", "C", "F");
    assertThat(row.correct()).containsExactly(4);

    var multi = new MultiSelect("q-00000005", "Which?", List.of("B", "E"), List.of("A", "B", "C", "D", "E"), "x", SRC);
    KahootWriter.Row m = KahootWriter.row(multi).row();
    assertThat(m.answers()).containsExactly("A", "B", "C", "E");
    assertThat(m.correct()).containsExactly(2, 4);

    var fourRight = new MultiSelect("q-00000006", "Which?", List.of("A", "B", "C", "D"), List.of("A", "B", "C", "D", "E"), "x", SRC);
    assertThat(KahootWriter.row(fourRight).reason()).contains("4 correct answers");

    var tf = new TrueFalse("q-00000007", "True or false: yes.", true, "x", SRC);
    assertThat(KahootWriter.row(tf).row().answers()).containsExactly("True", "False");
    assertThat(KahootWriter.row(tf).row().correct()).containsExactly(1);
  }

  @Test
  void timeLimitsComeFromKahootsListAndGrowWithTheReading() {
    assertThat(KahootWriter.seconds("Short?", List.of("a", "b"))).isEqualTo(20);
    assertThat(KahootWriter.seconds("x".repeat(120), List.of("y".repeat(75), "z".repeat(75)))).isEqualTo(60);
    assertThat(KahootWriter.seconds("x".repeat(120), List.of("y".repeat(75), "z".repeat(75), "w".repeat(75), "v".repeat(75))))
        .isEqualTo(60);
  }

  @Test
  void hostileTextArrivesAsOneLineOfPlainText() {
    QuestionBank bank = HostileBank.bank();
    BankWriter.Export export = writer.write(bank, bank.questions());
    List<Map<Integer, Object>> rows = checkedRows(export.bytes(), export.written());
    assertThat(rows.get(0).get(1)).isEqualTo(HostileBank.CHOICE.prompt());
    assertThat(rows.get(0).get(3)).isEqualTo("AT&T <Inc.> ]]>");
    assertThat(rows).anySatisfy(r -> assertThat((String) r.get(1)).contains(HostileBank.HEBREW));
  }

  private static Question mc(String prompt) {
    return new MultipleChoice("q-0000000a", prompt, "yes", List.of("yes", "no"), List.of(), "x", SRC);
  }
}
