package org.factdrill.classroom;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.factdrill.export.SpreadsheetCell;

/**
 * A class list as a teacher keeps it in a spreadsheet: CSV with a header line naming a column for
 * the name ("name" or "student") and one for the id ("id", "student id"); other columns are
 * ignored, commas or semicolons separate cells. Every student needs an id, and no id appears twice:
 * the id is what personal codes and results are tied to.
 */
public final class Roster {
  private Roster() {}

  /** A roster that cannot be used: the file, the line and why. */
  public static final class RosterException extends Exception {
    public RosterException(String file, long line, String reason) {
      super(file + ": " + (line > 0 ? "line " + line + ": " : "") + reason);
    }
  }

  public static List<Student> read(String text, String file) throws RosterException {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int end = body.indexOf('\n');
    String header = end < 0 ? body : body.substring(0, end);
    char delimiter = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    var students = new ArrayList<Student>();
    try (var parser = CSVParser.builder().setReader(new StringReader(body))
        .setFormat(CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get()).get()) {
      var records = parser.iterator();
      if (!records.hasNext()) throw new RosterException(file, 0, "the file is empty; the first line names the columns, e.g. name,id");
      Map<String, Integer> column = new HashMap<>();
      CSVRecord first = records.next();
      for (int i = 0; i < first.size(); i++) column.putIfAbsent(first.get(i).strip().toLowerCase(Locale.ROOT), i);
      Integer name = column.containsKey("name") ? column.get("name") : column.get("student");
      Integer id = column.containsKey("id") ? column.get("id") : column.get("student id");
      if (name == null || id == null) {
        throw new RosterException(file, 1, "the first line must name a \"name\" column and an \"id\" column, e.g. name,id");
      }
      var seen = new HashMap<String, Long>();
      while (records.hasNext()) {
        CSVRecord r = records.next();
        long line = r.getRecordNumber() == 0 ? 0 : parser.getCurrentLineNumber();
        String n = cell(r, name);
        String i = cell(r, id);
        if (n.isBlank() && i.isBlank()) continue;
        if (i.isBlank()) throw new RosterException(file, line, n + " has no id; every student on a roster needs one");
        Long earlier = seen.putIfAbsent(i.strip(), line);
        if (earlier != null) throw new RosterException(file, line, "the id " + i.strip() + " is already used on line " + earlier);
        try {
          students.add(new Student(n, i));
        } catch (IllegalArgumentException e) {
          throw new RosterException(file, line, e.getMessage());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new RosterException(file, 0, "not valid CSV");
    }
    if (students.isEmpty()) throw new RosterException(file, 0, "no students in the roster");
    return students;
  }

  private static String cell(CSVRecord r, int i) {
    return i < r.size() ? SpreadsheetCell.unguard(r.get(i)).strip() : "";
  }
}
