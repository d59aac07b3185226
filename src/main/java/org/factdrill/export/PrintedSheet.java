package org.factdrill.export;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/**
 * What a printed worksheet and its answer key say about each question, as plain text; the
 * Markdown and HTML writers lay it out, each with its own escaping.
 */
final class PrintedSheet {
  private PrintedSheet() {}

  /** How the student answers, which decides what the sheet shows under the prompt. */
  enum Response {
    /** Circle one lettered option. */
    CHOOSE_ONE,
    /** Circle every lettered option that applies. */
    CHOOSE_ALL,
    /** Circle True or False. */
    TRUE_FALSE,
    /** Write the answer on a line. */
    WRITE,
    /** Number the lettered items in order. */
    ORDER,
    /** Write beside each numbered left item the letter of its match. */
    MATCH
  }

  /**
   * One question on the sheet. {@code options} are shown lettered A, B, C...; {@code lefts} are the
   * numbered items of a matching question. In the answer key, {@code answer} is what a marker
   * looks for at a glance (letters where there are letters), {@code details} spell it out.
   */
  record Entry(
      int number,
      String prompt,
      Response response,
      String instruction,
      List<String> options,
      List<String> lefts,
      String answer,
      List<String> details,
      String source) {}

  static List<Entry> entries(List<Question> questions) {
    var out = new ArrayList<Entry>();
    for (Question q : questions) out.add(entry(out.size() + 1, q));
    return out;
  }

  static String letter(int index) {
    return index < 26 ? String.valueOf((char) ('A' + index)) : "A" + (index - 25);
  }

  private static Entry entry(int n, Question q) {
    String source = q.source().text();
    return q.visit(new Question.Visitor<Entry>() {
      @Override
      public Entry multipleChoice(MultipleChoice mc) {
        return new Entry(n, mc.prompt(), Response.CHOOSE_ONE, "Circle one.", mc.choices(), List.of(),
            letter(mc.correctIndex()) + ". " + mc.answer(), List.of(), source);
      }

      @Override
      public Entry multiSelect(MultiSelect ms) {
        var letters = new ArrayList<String>();
        var details = new ArrayList<String>();
        for (int i = 0; i < ms.choices().size(); i++) {
          if (ms.isCorrect(ms.choices().get(i))) {
            letters.add(letter(i));
            details.add(letter(i) + ". " + ms.choices().get(i));
          }
        }
        return new Entry(n, ms.prompt(), Response.CHOOSE_ALL, "Circle every answer that applies.", ms.choices(),
            List.of(), String.join(", ", letters), details, source);
      }

      @Override
      public Entry shortAnswer(ShortAnswer sa) {
        List<String> details = sa.accept().isEmpty() ? List.of() : List.of("Also accept: " + String.join("; ", sa.accept()));
        String instruction = sa.isCloze() ? "Fill in the gap." : "Write your answer.";
        return new Entry(n, sa.prompt(), Response.WRITE, instruction, List.of(), List.of(), sa.answer(), details, source);
      }

      @Override
      public Entry trueFalse(TrueFalse tf) {
        return new Entry(n, tf.prompt(), Response.TRUE_FALSE, "Circle True or False.", List.of("True", "False"),
            List.of(), tf.answer() ? "True" : "False", List.of(), source);
      }

      @Override
      public Entry ordering(Ordering o) {
        List<String> shown = DisplayOrder.of(o.id(), o.answers());
        var letters = new ArrayList<String>();
        var details = new ArrayList<String>();
        for (int i = 0; i < o.answers().size(); i++) {
          String item = o.answers().get(i);
          letters.add(letter(shown.indexOf(item)));
          details.add((i + 1) + ". " + item);
        }
        return new Entry(n, o.prompt(), Response.ORDER,
            "Write 1 to " + shown.size() + " beside the items, 1 for the first.", shown, List.of(),
            String.join(", ", letters), details, source);
      }

      @Override
      public Entry matching(Matching m) {
        List<String> rights = DisplayOrder.of(m.id(), m.rights());
        var pairs = new ArrayList<String>();
        var details = new ArrayList<String>();
        for (int i = 0; i < m.pairs().size(); i++) {
          Matching.Pair p = m.pairs().get(i);
          pairs.add((i + 1) + " " + letter(rights.indexOf(p.right())));
          details.add(p.left() + " → " + p.right());
        }
        return new Entry(n, m.prompt(), Response.MATCH, "Write the letter of the match beside each item.", rights,
            m.lefts(), String.join(", ", pairs), details, source);
      }
    });
  }
}
