package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.junit.jupiter.api.Test;

/** The attack: the bank CSV export wrote =HYPERLINK(...), +cmd|' /C calc'!A0 and @SUM(...) as live cells. */
class SpreadsheetCellTest {

  static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "'=already quoted");

  static QuestionBank formulaBank() {
    var source = new Source(0, FORMULAS.get(0));
    return new QuestionBank("formulas", "=cmd|' /C calc'!A0", new QuestionBank.ArticleRef("", "", List.of()), List.<Question>of(
        new MultipleChoice("q-0000f001", FORMULAS.get(0), FORMULAS.get(1), List.of(FORMULAS.get(1), FORMULAS.get(2), FORMULAS.get(3)),
            List.of(FORMULAS.get(4).strip()), "=kind", source),
        new ShortAnswer("q-0000f002", "@SUM(A1:A9) ____?", "-42", List.of("'=already quoted"), "number", source),
        new Matching("q-0000f003", "+match", List.of(new Matching.Pair("=left", "@right"), new Matching.Pair("-l2", "+r2")), "role", source)));
  }

  @Test
  void theBankCsvHoldsNoCellAspreadsheetWouldRunAndReadsBackTheSame() throws Exception {
    QuestionBank bank = formulaBank();
    byte[] csv = new CsvWriter().write(bank, bank.questions()).bytes();
    String text = new String(csv, StandardCharsets.UTF_8).substring(1);
    try (var parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
      for (var record : parser) {
        for (String cell : record) assertThat(cell).as("a cell").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
            .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
      }
    }
    assertThat(text).contains("'=HYPERLINK(", "'+cmd|", "'@SUM(", "'-42", "''=already quoted");
    QuestionBank back = new CsvReader().read(new String(csv, StandardCharsets.UTF_8), "formulas.csv").bank();
    assertThat(back.questions()).isEqualTo(bank.questions());
  }

  @Test
  void theKahootSheetHoldsNoLiveFormula() {
    QuestionBank bank = formulaBank();
    byte[] xlsx = new KahootWriter().write(bank, bank.questions()).bytes();
    var cells = ExportedFiles.sheetCells(xlsx);
    assertThat(cells).isNotEmpty();
    for (var row : cells.values()) {
      for (Object v : row.values()) {
        if (v instanceof String s) assertThat(s).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith("-");
      }
    }
    assertThat(ExportedFiles.sheetRows(xlsx).toString()).contains("'+cmd|");
  }

  @Property
  void guardThenUnguardGivesTheTextBack(@ForAll @StringLength(max = 8) @Chars({'=', '+', '-', '@', '\'', 'a', '\t', '\r', ' '}) String text) {
    String cell = SpreadsheetCell.guard(text);
    assertThat(SpreadsheetCell.unguard(cell)).isEqualTo(text);
    assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0).isTrue();
  }
}
