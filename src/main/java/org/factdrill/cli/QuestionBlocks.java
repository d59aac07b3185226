package org.factdrill.cli;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;
import org.factdrill.terminal.TerminalText;
import org.jline.utils.WCWidth;

/**
 * A bank as a reader wants it: each question a block wrapped to the width (never cut), with its
 * prompt, its choices and the answer marked, what else is accepted, its type, kind and id (as
 * export's --types and --ids take them) and the source sentence the answer comes from.
 */
final class QuestionBlocks {
  /** Marks a right choice in the margin, where the eye runs down the list. */
  static final String RIGHT = "✓";
  private static final String INDENT = "   ";

  private QuestionBlocks() {}

  static String render(QuestionBank bank, int width) {
    var out = new StringBuilder();
    String title = oneLine(bank.title().isBlank() ? bank.id() : bank.title() + " (" + bank.id() + ")");
    out.append(wrap(title, width, "", "")).append('\n');
    int number = 1;
    for (Question q : bank.questions()) {
      out.append(block(q, number++, width)).append('\n');
    }
    out.append(QuestionTable.wrap(QuestionTable.summary(bank.questions()), width));
    return out.toString();
  }

  static String block(Question q, int number, int width) {
    var out = new StringBuilder();
    String label = number + ". ";
    out.append(wrap(oneLine(q.prompt()), width, label, " ".repeat(label.length())));
    for (String line : answerLines(q)) out.append(line.isEmpty() ? "\n" : wrapMarked(line, width));
    out.append(wrap("type " + q.type().wireName() + ", kind " + oneLine(q.kind()) + ", id " + q.id(), width, INDENT, INDENT));
    out.append(wrap("Source, sentence " + q.source().sentence() + ": " + oneLine(q.source().text()), width, INDENT, INDENT + "  "));
    return out.toString();
  }

  /**
   * The lines between prompt and type, each starting with its two-column margin: "✓ " for a right
   * choice, "  " otherwise; wrapped later with the text's own hanging indent.
   */
  private static List<String> answerLines(Question q) {
    return q.visit(new Question.Visitor<List<String>>() {
      @Override
      public List<String> multipleChoice(MultipleChoice mc) {
        var lines = choices(mc.choices(), List.of(mc.answer()));
        if (!mc.accept().isEmpty()) lines.add("  Also accepted: " + String.join("; ", oneLines(mc.accept())));
        return lines;
      }

      @Override
      public List<String> multiSelect(MultiSelect ms) {
        return choices(ms.choices(), ms.answers());
      }

      @Override
      public List<String> shortAnswer(ShortAnswer sa) {
        var lines = new ArrayList<String>();
        lines.add(RIGHT + " Answer: " + oneLine(sa.answer()));
        if (!sa.accept().isEmpty()) lines.add("  Also accepted: " + String.join("; ", oneLines(sa.accept())));
        return lines;
      }

      @Override
      public List<String> trueFalse(TrueFalse tf) {
        return new ArrayList<>(List.of(RIGHT + " Answer: " + (tf.answer() ? "true" : "false")));
      }

      @Override
      public List<String> ordering(Ordering o) {
        var lines = new ArrayList<String>();
        lines.add(RIGHT + " Right order:");
        int i = 1;
        for (String item : o.answers()) lines.add("    " + i++ + ". " + oneLine(item));
        return lines;
      }

      @Override
      public List<String> matching(Matching m) {
        var lines = new ArrayList<String>();
        lines.add(RIGHT + " Right pairs:");
        for (Matching.Pair p : m.pairs()) lines.add("    " + oneLine(p.left()) + " → " + oneLine(p.right()));
        return lines;
      }
    });
  }

  private static List<String> choices(List<String> choices, List<String> right) {
    var lines = new ArrayList<String>();
    char letter = 'a';
    for (String c : choices) {
      lines.add((right.contains(c) ? RIGHT : " ") + " " + letter + ") " + oneLine(c));
      letter = letter == 'z' ? 'a' : (char) (letter + 1);
    }
    return lines;
  }

  /** A margin-marked answer line, wrapped so that its text lines up under itself. */
  private static String wrapMarked(String line, int width) {
    int textStart = 2;
    while (textStart < line.length() && line.charAt(textStart) == ' ') textStart++;
    String rest = line.substring(textStart);
    int hang = rest.matches("^(\\d+\\.|[a-z]\\)) .*") ? rest.indexOf(' ') + 1 : 0;
    String first = INDENT + line.substring(0, textStart);
    return wrap(rest, width, first, " ".repeat(QuestionTable.columns(first) + hang));
  }

  /**
   * The text wrapped at spaces to {@code width} columns, the first line after {@code first}, the
   * others after {@code next}. A word longer than a line is broken, not cut: nothing is lost.
   */
  static String wrap(String text, int width, String first, String next) {
    var out = new StringBuilder();
    var line = new StringBuilder(first);
    int used = QuestionTable.columns(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) continue;
      int w = QuestionTable.columns(word);
      if (!empty && used + 1 + w > width) {
        out.append(line).append('\n');
        line = new StringBuilder(next);
        used = QuestionTable.columns(next);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        used++;
      }
      // a word wider than the room left on a fresh line is broken where the line ends
      for (int i = 0; i < word.length(); ) {
        int cp = word.codePointAt(i);
        int cw = Math.max(WCWidth.wcwidth(cp), 0);
        if (used + cw > width && !empty) {
          out.append(line).append('\n');
          line = new StringBuilder(next);
          used = QuestionTable.columns(next);
        }
        line.appendCodePoint(cp);
        used += cw;
        empty = false;
        i += Character.charCount(cp);
      }
    }
    return out.append(line).append('\n').toString();
  }

  /** The text on one line, its control characters made visible first so that widths count what shows. */
  private static String oneLine(String text) {
    return QuestionTable.oneLine(TerminalText.clean(text));
  }

  private static List<String> oneLines(List<String> texts) {
    return texts.stream().map(QuestionBlocks::oneLine).toList();
  }
}
