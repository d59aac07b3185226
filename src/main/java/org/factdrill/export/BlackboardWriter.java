package org.factdrill.export;

import java.nio.charset.StandardCharsets;
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

/**
 * Blackboard's "Upload Questions" file: one question per line, fields separated by tabs, no
 * header, no blank lines, English keywords (MC, MA, TF, FIB, ORD, MAT).
 */
public final class BlackboardWriter implements BankWriter {

  /** Older Blackboard versions take at most 20 answers in a row (Ultra takes 100). */
  static final int MAX_ANSWERS = 20;

  @Override
  public String name() {
    return "blackboard";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public Export write(QuestionBank bank, List<Question> questions) {
    var collected = Rendering.collect(questions, q -> q.visit(new Row()));
    var out = new StringBuilder();
    collected.texts().forEach(row -> out.append(row).append('\n'));
    return new Export(out.toString().getBytes(StandardCharsets.UTF_8), collected.written(), collected.skipped());
  }

  /** Blackboard's only escaping need: a tab ends a field and a line break ends a question, so both become spaces. */
  static String field(String raw) {
    return raw.replaceAll("[\\t\\r\\n\\u2028\\u2029\\u0085]+", " ").strip();
  }

  private static Rendering row(String keyword, Question q, List<String> fields) {
    var all = new ArrayList<String>();
    all.add(keyword);
    all.add(field(q.prompt()));
    fields.forEach(f -> all.add(field(f)));
    return Rendering.written(String.join("\t", all));
  }

  private static Rendering choices(String keyword, Question q, List<String> choices, List<String> right) {
    if (choices.size() > MAX_ANSWERS) return Rendering.skipped(choices.size() + " choices: Blackboard takes at most " + MAX_ANSWERS);
    var fields = new ArrayList<String>();
    for (String c : choices) {
      fields.add(c);
      fields.add(right.contains(c) ? "correct" : "incorrect");
    }
    return row(keyword, q, fields);
  }

  private static final class Row implements Question.Visitor<Rendering> {
    @Override
    public Rendering multipleChoice(MultipleChoice q) {
      return choices("MC", q, q.choices(), List.of(q.answer()));
    }

    @Override
    public Rendering multiSelect(MultiSelect q) {
      return choices("MA", q, q.choices(), q.answers());
    }

    @Override
    public Rendering shortAnswer(ShortAnswer q) {
      var forms = new ArrayList<String>();
      forms.add(q.answer());
      forms.addAll(q.accept());
      if (forms.size() > MAX_ANSWERS) return Rendering.skipped(forms.size() + " accepted answers: Blackboard takes at most " + MAX_ANSWERS);
      return row("FIB", q, forms);
    }

    @Override
    public Rendering trueFalse(TrueFalse q) {
      return row("TF", q, List.of(q.answer() ? "true" : "false"));
    }

    @Override
    public Rendering ordering(Ordering q) {
      if (q.answers().size() > MAX_ANSWERS) return Rendering.skipped(q.answers().size() + " items: Blackboard takes at most " + MAX_ANSWERS);
      return row("ORD", q, q.answers());
    }

    @Override
    public Rendering matching(Matching q) {
      if (q.pairs().size() > MAX_ANSWERS) return Rendering.skipped(q.pairs().size() + " pairs: Blackboard takes at most " + MAX_ANSWERS);
      var fields = new ArrayList<String>();
      for (Matching.Pair p : q.pairs()) {
        fields.add(p.left());
        fields.add(p.right());
      }
      return row("MAT", q, fields);
    }
  }
}
