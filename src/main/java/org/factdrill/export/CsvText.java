package org.factdrill.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The CSV layout shared by {@link CsvWriter} and {@link CsvReader}: one row per question, and in
 * a list cell one item per line (a spreadsheet shows it as a multi-line cell). Inside list items
 * a backslash, a line break and a carriage return are written {@code \\ \n \r}; in a matching
 * pair "left -> right", an arrow inside an item is written {@code \->}. Single-value cells are
 * written as they are: CSV quoting carries anything.
 */
final class CsvText {
  static final List<String> COLUMNS = List.of(
      "id", "type", "prompt", "answer", "answers", "choices", "accept", "pairs", "kind", "source_sentence", "source_text");

  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
  static final String PAIR = " -> ";

  private CsvText() {}

  static String list(List<String> items) {
    var lines = new ArrayList<String>();
    for (String item : items) lines.add(escape(item, false));
    return String.join("\n", lines);
  }

  static String pairs(List<String[]> pairs) {
    var lines = new ArrayList<String>();
    for (String[] p : pairs) lines.add(escape(p[0], true) + PAIR + escape(p[1], true));
    return String.join("\n", lines);
  }

  private static String escape(String item, boolean arrows) {
    var out = new StringBuilder(item.length());
    for (int i = 0; i < item.length(); i++) {
      char c = item.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '-' -> out.append(arrows && i + 1 < item.length() && item.charAt(i + 1) == '>' ? "\\-" : "-");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The items of a list cell; spreadsheets may have turned its line breaks into CR LF. */
  static List<String> items(String cell) {
    var out = new ArrayList<String>();
    if (cell == null || cell.isBlank()) return out;
    for (String line : cell.split("\r\n|\r|\n")) {
      if (!line.isBlank()) out.add(unescape(line));
    }
    return out;
  }

  /** The pairs of a pairs cell, split at the first unescaped "->"; null for a line without one. */
  static List<String[]> pairItems(String cell) {
    var out = new ArrayList<String[]>();
    if (cell == null || cell.isBlank()) return out;
    for (String line : cell.split("\r\n|\r|\n")) {
      if (line.isBlank()) continue;
      int arrow = -1;
      for (int i = 0; i + 1 < line.length(); i++) {
        if (line.charAt(i) == '\\') {
          i++;
        } else if (line.charAt(i) == '-' && line.charAt(i + 1) == '>') {
          arrow = i;
          break;
        }
      }
      if (arrow < 0) {
        out.add(null);
        continue;
      }
      // The writer puts one space either side of the arrow; items keep any other spaces.
      String left = line.substring(0, arrow);
      String right = line.substring(arrow + 2);
      if (left.endsWith(" ")) left = left.substring(0, left.length() - 1);
      if (right.startsWith(" ")) right = right.substring(1);
      out.add(new String[] {unescape(left), unescape(right)});
    }
    return out;
  }

  private static String unescape(String item) {
    var out = new StringBuilder(item.length());
    for (int i = 0; i < item.length(); i++) {
      char c = item.charAt(i);
      if (c == '\\' && i + 1 < item.length()) {
        char next = item.charAt(i + 1);
        switch (next) {
          case '\\' -> out.append('\\');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case '-' -> out.append('-');
          default -> {
            out.append(c);
            continue;
          }
        }
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
