package org.factdrill.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionIds;
import org.factdrill.questions.QuestionType;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.factdrill.questions.TrueFalse;

/**
 * Reads the CSV that {@link CsvWriter} writes, after a teacher has edited it in a spreadsheet:
 * columns are found by their header names (any order, extra columns ignored), commas or semicolons
 * separate them, a row without an id gets one from its content, and empty kind or source cells
 * take {@link ImportDefaults}.
 */
public final class CsvReader implements BankReader {

  private static final String FORMAT = "CSV";

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public List<String> extensions() {
    return List.of("csv");
  }

  @Override
  public Import read(String text, String fileName) throws ImportException {
    String body = text.startsWith(CsvWriter.BOM) ? text.substring(1) : text;
    var questions = new ImportedQuestions(fileName);
    try (var parser = CSVParser.builder().setReader(new StringReader(body))
        .setFormat(CsvText.FORMAT.builder().setIgnoreEmptyLines(false).setDelimiter(delimiter(body)).get()).get()) {
      var records = parser.iterator();
      if (!records.hasNext()) throw new ImportException(fileName, 1, "the file is empty; the first line must name the columns");
      Map<String, Integer> column = header(records.next(), fileName);
      long line = parser.getCurrentLineNumber() + 1;
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) break;
          record = records.next();
        } catch (UncheckedIOException e) {
          throw new ImportException(fileName, (int) line, "not valid CSV (" + causeInWords(e) + ")");
        }
        int start = (int) line;
        line = parser.getCurrentLineNumber() + 1;
        if (record.size() == 1 && record.get(0).isBlank()) continue;
        Question q;
        try {
          q = question(new Row(record, column), start);
        } catch (IllegalArgumentException | NullPointerException e) {
          throw new ImportException(fileName, start, e.getMessage());
        }
        questions.add(q, start);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ImportException(fileName, 0, "not valid CSV (" + causeInWords(e) + ")");
    }
    var bank = new QuestionBank(ImportDefaults.bankId(fileName), ImportDefaults.title(fileName), ImportDefaults.article(), questions.list());
    return new Import(bank, List.of());
  }

  /**
   * The innermost cause's own words: a wrapper's message is its cause's class name and text
   * ("org.apache.commons.csv.CSVException: Invalid char..."), which names a library, not the fault.
   */
  static String causeInWords(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    String m = t.getMessage();
    if (m == null || m.isBlank()) return "malformed";
    // Commons CSV starts some messages with "IOException reading next record: " and class names in them.
    return m.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error)\\s*:?\\s*", "")
        .replaceAll("\\b[A-Z][A-Za-z]*Exception\\b:?\\s*", "").strip();
  }

  /**
   * Spreadsheets set to a language that writes decimal commas (German, French...) save CSV with
   * semicolons; the header line tells which one this file uses.
   */
  static char delimiter(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
  }

  private static Map<String, Integer> header(CSVRecord first, String fileName) throws ImportException {
    var column = new HashMap<String, Integer>();
    for (int i = 0; i < first.size(); i++) column.putIfAbsent(first.get(i).strip().toLowerCase(Locale.ROOT), i);
    for (String required : List.of("type", "prompt")) {
      if (!column.containsKey(required)) {
        throw new ImportException(fileName, 1, "no \"" + required + "\" column; the first line must name the columns: "
            + String.join(",", CsvText.COLUMNS));
      }
    }
    return column;
  }

  /** One row's cells by column name; a missing column reads as an empty cell. */
  private record Row(CSVRecord record, Map<String, Integer> column) {
    String get(String name) {
      Integer i = column.get(name);
      return i == null || i >= record.size() ? "" : SpreadsheetCell.unguard(record.get(i));
    }

    String required(String name, String type) {
      String v = get(name);
      if (v.isBlank()) throw new IllegalArgumentException("the \"" + name + "\" cell is empty; a " + type + " question needs it");
      return v;
    }
  }

  private static Question question(Row row, int line) {
    String typeName = row.get("type").strip().toLowerCase(Locale.ROOT).replace('-', '_');
    QuestionType type = QuestionType.fromWireName(typeName).orElseThrow(() -> new IllegalArgumentException(
        "unknown type \"" + row.get("type") + "\"; known: multiple_choice, multi_select, short_answer, true_false, ordering, matching"));
    String prompt = row.required("prompt", typeName);
    String kind = ImportDefaults.kind(row.get("kind"));
    Source source = source(row);
    String given = row.get("id").strip();
    if (!given.isEmpty() && !ImportDefaults.isQuestionId(given)) {
      throw new IllegalArgumentException("the id \"" + given + "\" is not \"q-\" and 8 hex digits; leave it empty to have one made");
    }
    var content = new ArrayList<String>(List.of(typeName, prompt, row.get("answer"), row.get("answers"), row.get("choices"), row.get("pairs")));
    String id = given.isEmpty() ? QuestionIds.of(content.toArray(String[]::new)) : given;
    return switch (type) {
      case MULTIPLE_CHOICE -> new MultipleChoice(id, prompt, row.required("answer", typeName),
          CsvText.items(row.required("choices", typeName)), CsvText.items(row.get("accept")), kind, source);
      case MULTI_SELECT -> new MultiSelect(id, prompt, CsvText.items(row.required("answers", typeName)),
          CsvText.items(row.required("choices", typeName)), kind, source);
      case SHORT_ANSWER -> new ShortAnswer(id, prompt, row.required("answer", typeName), CsvText.items(row.get("accept")), kind, source);
      case TRUE_FALSE -> new TrueFalse(id, prompt, trueFalse(row.required("answer", typeName)), kind, source);
      case ORDERING -> new Ordering(id, prompt, CsvText.items(row.required("answers", typeName)), kind, source);
      case MATCHING -> {
        var pairs = new ArrayList<Matching.Pair>();
        for (String[] p : CsvText.pairItems(row.required("pairs", typeName))) {
          if (p == null) throw new IllegalArgumentException("a line of the \"pairs\" cell has no \"->\"; write each pair as: left -> right");
          pairs.add(new Matching.Pair(p[0], p[1]));
        }
        yield new Matching(id, prompt, pairs, kind, source);
      }
    };
  }

  private static Source source(Row row) {
    String text = row.get("source_text");
    String sentence = row.get("source_sentence").strip();
    if (text.isBlank()) return ImportDefaults.source(FORMAT);
    if (sentence.isEmpty()) return new Source(0, text);
    try {
      return new Source(Integer.parseInt(sentence), text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("source_sentence must be a whole number, was \"" + sentence + "\"");
    }
  }

  /** Spreadsheets turn true into TRUE; both read the same. */
  private static boolean trueFalse(String cell) {
    return switch (cell.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("the answer of a true_false question must be true or false, was \"" + cell + "\"");
    };
  }
}
