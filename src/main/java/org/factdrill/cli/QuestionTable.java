package org.factdrill.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionType;
import org.jline.utils.WCWidth;

/**
 * A bank as a table that fits a given width: id, type, kind, question, answer. Ids and types are
 * shown exactly as export's --ids and --types take them; long questions and answers are cut with
 * "…". Widths count what a terminal shows (an emoji or a CJK character takes two columns).
 */
final class QuestionTable {
  static final int MIN_WIDTH = 60;
  private static final String GAP = "  ";
  private static final int ID = 10;
  private static final int TYPE = "multiple_choice".length();
  private static final int MAX_KIND = 12;

  private QuestionTable() {}

  static String render(QuestionBank bank, int width) {
    var out = new StringBuilder();
    out.append(cut(bank.title().isBlank() ? bank.id() : bank.title() + " (" + bank.id() + ")", width)).append('\n');
    int kind = Math.min(MAX_KIND, Math.max("KIND".length(), bank.questions().stream().mapToInt(q -> columns(oneLine(q.kind()))).max().orElse(0)));
    int rest = width - ID - TYPE - kind - 4 * GAP.length();
    int question = Math.max(10, rest * 3 / 5);
    int answer = Math.max(10, rest - question);
    out.append(row(width, List.of("ID", "TYPE", "KIND", "QUESTION", "ANSWER"), List.of(ID, TYPE, kind, question, answer)));
    for (Question q : bank.questions()) {
      out.append(row(width, List.of(q.id(), q.type().wireName(), oneLine(q.kind()), oneLine(q.prompt()), oneLine(q.answerText())),
          List.of(ID, TYPE, kind, question, answer)));
    }
    out.append(wrap(summary(bank.questions()), width));
    return out.toString();
  }

  private static String row(int width, List<String> cells, List<Integer> widths) {
    var line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cut(cells.get(i), widths.get(i));
      line.append(cell);
      if (i < cells.size() - 1) line.append(" ".repeat(widths.get(i) - columns(cell))).append(GAP);
    }
    return cut(line.toString().stripTrailing(), width) + "\n";
  }

  static String summary(List<Question> questions) {
    Map<QuestionType, Integer> counts = new EnumMap<>(QuestionType.class);
    questions.forEach(q -> counts.merge(q.type(), 1, Integer::sum));
    var parts = new ArrayList<String>();
    counts.forEach((type, n) -> parts.add(n + " " + type.wireName()));
    return questions.size() + (questions.size() == 1 ? " question" : " questions") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
  }

  /** Breaks the text into lines of at most {@code width} columns, at spaces. */
  static String wrap(String text, int width) {
    var out = new StringBuilder();
    var line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && columns(line + " " + word) > width) {
        out.append(line).append('\n');
        line.setLength(0);
      }
      if (line.length() > 0) line.append(' ');
      line.append(word);
    }
    return out.append(cut(line.toString(), width)).append('\n').toString();
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** The text cut to {@code width} terminal columns, with "…" when something was cut. */
  static String cut(String text, int width) {
    if (columns(text) <= width) return text;
    var out = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = Math.max(WCWidth.wcwidth(cp), 0);
      if (used + w > width - 1) break;
      out.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return out.append('…').toString();
  }

  static int columns(String text) {
    return text.codePoints().map(cp -> Math.max(WCWidth.wcwidth(cp), 0)).sum();
  }
}
