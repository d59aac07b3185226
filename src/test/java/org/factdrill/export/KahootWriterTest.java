package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
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
    assertThat(declaredDimension(xlsx)).as("the sheet's <dimension ref> is its true range")
        .isEqualTo((expectedQuestions == 0 ? "B2" : "A2") + ":H" + (8 + expectedQuestions));
    return rows;
  }

  /** The {@code <dimension ref>} the sheet declares, read with the JDK's XML parser. */
  static String declaredDimension(byte[] xlsx) {
    try {
      String sheet = ExportedFiles.unzip(xlsx).get("xl/worksheets/sheet1.xml");
      var doc = Qti21WriterTest.parse(sheet);
      return Qti21WriterTest.elements(doc, "dimension").get(0).getAttribute("ref");
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the sheet's XML", e);
    }
  }

  @Test
  void theSampleSheetKeepsEveryRuleOfTheTemplate() {
    QuestionBank bank = ExportedFiles.sampleBank();
    BankWriter.Export export = writer.write(bank, bank.questions());
    assertThat(export.written()).isEqualTo(10);
    List<Map<Integer, Object>> rows = checkedRows(export.bytes(), 10);
    assertThat(rows.get(0).get(1)).isEqualTo("On what date did the UN Security Council adopt Resolution 1973?");
    assertThat(rows.get(0).get(7)).isEqualTo(new BigDecimal(2));
    assertThat(rows.get(2).get(7)).isEqualTo("1,3,4");
    // The typed answer "1973" has no other number of its kind in the bank to be a wrong choice: its gap
    // sentence is asked as true or false instead
    assertThat(rows).anySatisfy(r -> assertThat(r.get(1)).isEqualTo(
        "True or false: On March 17, the UN Security Council adopted Resolution 1973, imposing a no-fly zone on Libya."));
    assertThat(export.skipped()).isEmpty();
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
    KahootWriter.Row three = KahootWriter.row(fourRight).row();
    assertThat(three.answers()).as("three of the four right answers and the wrong one").containsExactly("A", "B", "C", "E");
    assertThat(three.correct()).containsExactly(1, 2, 3);

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

  @Test
  void aTypedAnswerTakesWrongChoicesFromOtherAnswersOfItsKindAndShapeButNeverItsOwnForms() {
    var typed = new ShortAnswer("q-0000d001", "On what date was the Libya command transferred to NATO?", "March 31",
        List.of("31 March", "March 31st"), "date", SRC);
    var other = new MultipleChoice("q-0000d002", "When was it adopted?", "March 17",
        List.of("March 17", "March 31st", "March 19", "the spring"), List.of(), "date", SRC);
    var otherKind = new MultipleChoice("q-0000d003", "Which resolution?", "Resolution 1973",
        List.of("Resolution 1973", "Resolution 1970"), List.of(), "document", SRC);
    var typedToo = new ShortAnswer("q-0000d004", "When did it start?", "March 14", List.of(), "date", SRC);
    QuestionBank bank = bank(typed, other, otherKind, typedToo);
    KahootWriter.Row row = KahootWriter.row(typed, bank).row();
    assertThat(row.answers()).containsExactlyInAnyOrder("March 31", "March 17", "March 19", "March 14");
    assertThat(row.answers().get(row.correct().get(0) - 1)).isEqualTo("March 31");
    assertThat(row.correct()).hasSize(1);
    assertThat(KahootWriter.row(typed, bank).row()).as("the same question, the same row").isEqualTo(row);

    var lonely = new ShortAnswer("q-0000d005", "Where did they meet?", "Gorki", List.of(), "place", SRC);
    assertThat(KahootWriter.row(lonely, bank(lonely, other)).reason())
        .contains("no other answers of its kind (place)").contains("only choice questions");
  }

  @Test
  void aTypedAnswerWithOneOtherOfItsKindHasTwoChoices() {
    var typed = new ShortAnswer("q-0000d101", "Who opened the depot?", "Amina Wekesa", List.of(), "person", SRC);
    var other = new ShortAnswer("q-0000d102", "Who chairs Harbour Rail?", "Tom Hale", List.of(), "person", SRC);
    KahootWriter.Row row = KahootWriter.row(typed, bank(typed, other)).row();
    assertThat(row.question()).isEqualTo("Who opened the depot?");
    assertThat(row.answers()).containsExactlyInAnyOrder("Amina Wekesa", "Tom Hale");
    assertThat(row.answers().get(row.correct().get(0) - 1)).isEqualTo("Amina Wekesa");
  }

  @Test
  void aTypedGapWithNoOtherAnswerOfItsKindIsAskedAsTrueOrFalseWithTheGapFilled() {
    var gap = new ShortAnswer("q-0000d201", Question.GAP + " opened a new depot in Mombasa on Monday.", "Harbour Rail",
        List.of(), "organization", SRC);
    KahootWriter.Result r = KahootWriter.row(gap, bank(gap));
    assertThat(r.row().question()).isEqualTo("True or false: Harbour Rail opened a new depot in Mombasa on Monday.");
    assertThat(r.row().answers()).containsExactly("True", "False");
    assertThat(r.row().correct()).containsExactly(1);
    assertThat(r.fallback()).isTrue();
    var opening = new ShortAnswer("q-0000d202", Question.GAP + " depots will close this year.", "nine", List.of(), "number", SRC);
    assertThat(KahootWriter.row(opening, bank(opening)).row().question()).isEqualTo("True or false: Nine depots will close this year.");
    var quoted = new ShortAnswer("q-0000d203", "Complete what Tom Hale said: \"We will open " + Question.GAP + " depots.\"", "two",
        List.of(), "number", SRC);
    assertThat(KahootWriter.row(quoted, bank(quoted)).reason()).as("no statement put in a speaker's mouth").contains("no gap sentence");
  }

  @Test
  void aLongGapSentenceAsTrueOrFalseKeepsItsOpeningAndIsCutOnlyAfterItsGap() {
    String tail = ", after a year in which the company's trains carried more passengers along the coast than in any year"
        + " since the line first opened to the public";
    var early = new ShortAnswer("q-0000d301", "Engineers at " + Question.GAP + " have built a new kind of sleeper carriage" + tail + ".",
        "Coastline Trains", List.of(), "organization", SRC);
    assertThat(KahootWriter.row(early, bank(early)).row().question())
        .isEqualTo("True or false: Engineers at Coastline Trains have built a new kind of sleeper carriage ...");
    // the gap at the end of a long sentence: its opening would have to go, and with it what the statement is about
    var late = new ShortAnswer("q-0000d302", "A new kind of sleeper carriage has been built" + tail + " by " + Question.GAP + ".",
        "Coastline Trains", List.of(), "organization", SRC);
    assertThat(KahootWriter.row(late, bank(late)).row()).isNull();
  }

  @Test
  void eachQuestionAndFactIsAskedOnceTypedTwinsAndFallbacksGiveWayToWhatTheSheetAsksAlready() {
    var choice = new MultipleChoice("q-0000d401", "Which city did Harbour Rail choose?", "Mombasa",
        List.of("Mombasa", "Nairobi", "Kisumu"), List.of(), "city", SRC, "f-1");
    var twin = new ShortAnswer("q-0000d402", "Which city did Harbour Rail choose?", "Mombasa", List.of(), "city", SRC, "f-1");
    var statement = new TrueFalse("q-0000d403", "True or false: Harbour Rail opened a new depot.", true, "organization", SRC, "f-2");
    var gap = new ShortAnswer("q-0000d404", Question.GAP + " opened a new depot.", "Harbour Rail", List.of(), "organization", SRC, "f-2");
    var lone = new ShortAnswer("q-0000d405", Question.GAP + " signed the deal.", "Northgate", List.of(), "company", SRC, "f-3");
    var loneAgain = new ShortAnswer("q-0000d406", "Which company signed the deal?", "Northgate", List.of(), "company", SRC, "f-3");
    QuestionBank bank = bank(choice, twin, statement, gap, lone, loneAgain);
    BankWriter.Export export = writer.write(bank, bank.questions());
    List<Map<Integer, Object>> rows = checkedRows(export.bytes(), 3);
    assertThat(rows).extracting(r -> r.get(1)).containsExactly("Which city did Harbour Rail choose?",
        "True or false: Harbour Rail opened a new depot.", "True or false: Northgate signed the deal.");
    assertThat(export.skipped()).extracting(BankWriter.Skipped::questionId).containsExactly("q-0000d402", "q-0000d404", "q-0000d406");
    assertThat(export.skipped().get(0).twinOf()).isEqualTo("q-0000d401");
    assertThat(export.skipped().get(1).twinOf()).as("the same fact, not the same question").isNull();
  }

  @Test
  void aTypedPersonTakesWrongChoicesFromThePeopleOfAPersonOfficeMatching() {
    var who = new ShortAnswer("q-0000e001", "Who opened the Harbour Rail depot in Mombasa?", "Amina Wekesa", List.of("Wekesa"),
        "person", SRC);
    var offices = new org.factdrill.questions.Matching("q-0000e002", "Match each person to their position.",
        List.of(new org.factdrill.questions.Matching.Pair("Amina Wekesa", "Transport Minister"),
            new org.factdrill.questions.Matching.Pair("Joseph Otieno", "Harbour Rail chairman"),
            new org.factdrill.questions.Matching.Pair("Grace Mwangi", "Mombasa Governor")), "role", SRC);
    KahootWriter.Row row = KahootWriter.row(who, bank(who, offices)).row();
    assertThat(row).as("the other people the matching pairs are the wrong choices").isNotNull();
    assertThat(row.answers()).containsExactlyInAnyOrder("Amina Wekesa", "Joseph Otieno", "Grace Mwangi");
    // the offices are no people: a question asking for a position takes them instead
    var what = new ShortAnswer("q-0000e003", "What position does Amina Wekesa hold?", "Transport Minister", List.of(), "role", SRC);
    assertThat(KahootWriter.row(what, bank(what, offices)).row().answers())
        .containsExactlyInAnyOrder("Transport Minister", "Harbour Rail chairman", "Mombasa Governor");
  }

  @Test
  void aLongGapSentenceIsCutToTheClausesAroundItsGap() {
    var cloze = mc("Complete the sentence: During his meeting, Ban Ki-moon also asked the Russian president to support his"
        + " candidature for the " + Question.GAP + " term as UN chief.");
    assertThat(KahootWriter.row(cloze).row().question()).isEqualTo("Complete the sentence: ... Ban Ki-moon also asked the"
        + " Russian president to support his candidature for the ____ term ...");
    var quoted = mc("Complete what Sergei Lavrov said: \"... it is necessary to work out new, higher, safety standards with"
        + " the help of the " + Question.GAP + " ...\"");
    assertThat(KahootWriter.row(quoted).row().question()).isEqualTo("Complete what Sergei Lavrov said: \"... to work out"
        + " new, higher, safety standards with the help of the ____ ...\"");
    var tooLittle = mc("Complete the sentence: " + "Word ".repeat(25).strip() + ", said in " + Question.GAP + ".");
    assertThat(KahootWriter.row(tooLittle).reason()).as("a clause of a few words alone says too little").contains("cannot be shortened");
  }

  @Test
  void anOrderingInTimeAsksWhatCameFirstAndAMatchingWhichPairingIsRight() {
    var order = new Ordering("q-0000e001", "Put these events in the order they happened.",
        List.of("The vote", "The strikes", "The handover"), "event", SRC);
    KahootWriter.Row first = KahootWriter.row(order).row();
    assertThat(first.question()).isEqualTo("Which of these happened first?");
    assertThat(first.answers()).containsExactlyInAnyOrder("The vote", "The strikes", "The handover");
    assertThat(first.answers().get(first.correct().get(0) - 1)).isEqualTo("The vote");
    var ranks = new Ordering("q-0000e002", "Order these by size.", List.of("a", "b"), "number", SRC);
    assertThat(KahootWriter.row(ranks).reason()).contains("not of events in time");

    var match = new Matching("q-0000e003", "Match each person to their role.", List.of(new Matching.Pair("Ban", "UN chief"),
        new Matching.Pair("Lavrov", "minister"), new Matching.Pair("Medvedev", "president")), "role", SRC);
    KahootWriter.Row pairing = KahootWriter.row(match).row();
    assertThat(pairing.question()).isEqualTo("Which pairing is right? Match each person to their role.");
    assertThat(pairing.answers()).hasSize(4).doesNotHaveDuplicates();
    var right = List.of("Ban → UN chief", "Lavrov → minister", "Medvedev → president");
    assertThat(pairing.correct()).singleElement().satisfies(n -> assertThat(right).contains(pairing.answers().get(n - 1)));
    for (int i = 0; i < 4; i++) {
      if (!pairing.correct().contains(i + 1)) assertThat(right).as("a wrong pairing is no pair of the answer").doesNotContain(pairing.answers().get(i));
    }
  }

  @Test
  void aLongTrueOrFalseStatementDropsItsInstructionOnlyWhenItMustFit() {
    // Kahoot's answers True and False say it already
    String statement = "Ministers from Kenya, Uganda, Ethiopia and Egypt signed a water-sharing agreement in Nairobi on"
        + " March 14 after talks.";
    var tf = new TrueFalse("q-0000000b", "True or false: " + statement, true, "x", SRC);
    assertThat(("True or false: " + statement).length()).isGreaterThan(KahootWriter.QUESTION_LIMIT);
    assertThat(KahootWriter.row(tf).row().question()).isEqualTo(statement);
    var shortOne = new TrueFalse("q-0000000c", "True or false: Kenya signed the agreement.", true, "x", SRC);
    assertThat(KahootWriter.row(shortOne).row().question()).isEqualTo("True or false: Kenya signed the agreement.");
  }

  @Test
  void aLongTrueStatementIsCutAfterAWholePhraseAndAFalseOneIsNeverCut() {
    String statement = "Harbour Rail boss Amina Otieno has met the mayors of Northgate and Mombasa to discuss"
        + " the new coastal timetable at the company's offices in Mombasa.";
    var truth = new TrueFalse("q-0000000d", "True or false: " + statement, true, "x", SRC);
    assertThat(statement.length()).isGreaterThan(KahootWriter.QUESTION_LIMIT);
    // the longest opening that ends before a phrase and fits: what it still says is true
    assertThat(KahootWriter.row(truth).row().question())
        .isEqualTo("Harbour Rail boss Amina Otieno has met the mayors of Northgate and Mombasa to discuss the new coastal timetable ...");
    // the words cut could be the ones that make it false
    var falsehood = new TrueFalse("q-0000000e", "True or false: " + statement, false, "x", SRC);
    assertThat(KahootWriter.row(falsehood).row()).isNull();
  }

  @Test
  void aCutStatementNeverTrailsOffInsideThePartItBegan() {
    // "... service, after a year ..." would end three words into the "after" part: it is cut before that part
    String statement = "Engineers at Coastline Trains have built a new kind of sleeper carriage for the night service, after a year"
        + " in which the company's trains carried more passengers than ever.";
    var truth = new TrueFalse("q-0000000f", "True or false: " + statement, true, "x", SRC);
    assertThat(KahootWriter.row(truth).row().question())
        .isEqualTo("Engineers at Coastline Trains have built a new kind of sleeper carriage for the night service ...");
    // nor on a word that leads into what was cut
    String race = "Tom Hale has finished second to Amina Wekesa in the 2022 and 2023 Northgate half marathons as well as in the"
        + " coastal race held every spring at Mombasa.";
    var second = new TrueFalse("q-00000010", "True or false: " + race, true, "x", SRC);
    assertThat(KahootWriter.row(second).row().question())
        .isEqualTo("Tom Hale has finished second to Amina Wekesa in the 2022 and 2023 Northgate half marathons ...");
  }

  /** The frozen seed bank keeps at least 90% of its questions in Kahoot. */
  @Test
  void theSeedBankKeepsAtLeastNinetyPercentOfItsQuestions() throws Exception {
    QuestionBank seed = Banks.load(Banks.GOLDEN.resolve("ban-lavrov-and-libya.bank.json"));
    BankWriter.Export export = writer.write(seed, seed.questions());
    checkedRows(export.bytes(), export.written());
    // a typed twin counts as kept when the sheet asks the very same question with choices
    long twins = export.skipped().stream().filter(s -> s.twinOf() != null).count();
    assertThat((export.written() + twins) * 100.0 / seed.questions().size()).isGreaterThanOrEqualTo(90.0);
  }

  private static QuestionBank bank(Question... questions) {
    return new QuestionBank("t", "T", new QuestionBank.ArticleRef("", "", List.of()), List.of(questions));
  }

  private static Question mc(String prompt) {
    return new MultipleChoice("q-0000000a", prompt, "yes", List.of("yes", "no"), List.of(), "x", SRC);
  }
}
