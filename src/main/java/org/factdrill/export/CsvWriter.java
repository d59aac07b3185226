package org.factdrill.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/**
 * One row per question, for spreadsheets, with the columns of {@link CsvText#COLUMNS}: every type
 * fits, and {@link CsvReader} reads it back unchanged. A UTF-8 byte order mark starts the file so
 * that Excel reads accents, emoji and right-to-left text correctly.
 */
public final class CsvWriter implements BankWriter {

  static final String BOM = "\uFEFF";

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public Export write(QuestionBank bank, List<Question> questions) {
    var out = new StringBuilder(BOM);
    try (var printer = new CSVPrinter(out, CsvText.FORMAT)) {
      printer.printRecord(CsvText.COLUMNS);
      for (Question q : questions) printer.printRecord(row(q).stream().map(SpreadsheetCell::guard).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return new Export(out.toString().getBytes(StandardCharsets.UTF_8), questions.size(), List.of());
  }

  private static List<String> row(Question q) {
    // answer, answers, choices, accept, pairs: what each type fills in.
    String[] cells = q.visit(new Question.Visitor<String[]>() {
      @Override
      public String[] multipleChoice(MultipleChoice mc) {
        return new String[] {mc.answer(), "", CsvText.list(mc.choices()), CsvText.list(mc.accept()), ""};
      }

      @Override
      public String[] multiSelect(MultiSelect ms) {
        return new String[] {"", CsvText.list(ms.answers()), CsvText.list(ms.choices()), "", ""};
      }

      @Override
      public String[] shortAnswer(ShortAnswer sa) {
        return new String[] {sa.answer(), "", "", CsvText.list(sa.accept()), ""};
      }

      @Override
      public String[] trueFalse(TrueFalse tf) {
        return new String[] {Boolean.toString(tf.answer()), "", "", "", ""};
      }

      @Override
      public String[] ordering(Ordering o) {
        return new String[] {"", CsvText.list(o.answers()), "", "", ""};
      }

      @Override
      public String[] matching(Matching m) {
        var pairs = new ArrayList<String[]>();
        for (Matching.Pair p : m.pairs()) pairs.add(new String[] {p.left(), p.right()});
        return new String[] {"", "", "", "", CsvText.pairs(pairs)};
      }
    });
    var row = new ArrayList<String>();
    row.add(q.id());
    row.add(q.type().wireName());
    row.add(q.prompt());
    row.addAll(List.of(cells));
    row.add(q.kind());
    row.add(Integer.toString(q.source().sentence()));
    row.add(q.source().text());
    return row;
  }
}
