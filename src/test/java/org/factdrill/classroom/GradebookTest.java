package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factdrill.grading.Answer;
import org.junit.jupiter.api.Test;

class GradebookTest {

  @Test
  void oneRowPerStudentThatASpreadsheetReadsBack() throws Exception {
    var quiz = new ClassQuiz("K7QF3M", "t", ClassFixtures.CREATED, ClassSettings.defaults(),
        List.of(ClassFixtures.DATE, ClassFixtures.NUMBER, ClassFixtures.NATO));
    var zoe = ClassFixtures.result(quiz, new Student("Zoë O'Brien, \"Zo\"", "s-17"),
        List.of(new Answer.Choice("March 17"), new Answer.Choice("1970"), new Answer.Choice("true")));
    var eve = ClassFixtures.result(quiz, new Student("=HYPERLINK(\"x\")", ""), List.of());
    String csv = Gradebook.csv(quiz, List.of(zoe, eve));

    assertThat(csv).startsWith(Gradebook.BOM + "Student,ID,Score,Percent,Q1,Q2,Q3\r\n");
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).toList()).containsExactly("Zoë O'Brien, \"Zo\"", "s-17", "2", "66.7", "1", "0", "1");
    // A name a spreadsheet would run as a formula is kept as text.
    assertThat(rows.get(2).toList()).containsExactly("'=HYPERLINK(\"x\")", "", "0", "0", "0", "0", "0");
  }
}
