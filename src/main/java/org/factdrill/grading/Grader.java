package org.factdrill.grading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/**
 * Grades one answer to one question. A pure function: no clock, no I/O, no state.
 *
 * <p>Baseline: typed answers are compared after folding case, punctuation, whitespace and
 * diacritics, against the answer and every accepted form.
 */
public final class Grader {
  private Grader() {}

  public static Verdict grade(Question question, Answer answer) {
    if (answer instanceof Answer.Skip) return Verdict.skipped();
    return question.visit(new Question.Visitor<Verdict>() {
      @Override
      public Verdict multipleChoice(MultipleChoice q) {
        if (answer instanceof Answer.Choice c) return of(q.answer().equals(c.choice()));
        if (answer instanceof Answer.Text t) return typed(t.text(), q.answer(), q.accept());
        return Verdict.wrong();
      }

      @Override
      public Verdict multiSelect(MultiSelect q) {
        return of(answer instanceof Answer.Choices c && c.choices().equals(new java.util.HashSet<>(q.answers())));
      }

      @Override
      public Verdict shortAnswer(ShortAnswer q) {
        return answer instanceof Answer.Text t ? typed(t.text(), q.answer(), q.accept()) : Verdict.wrong();
      }

      @Override
      public Verdict trueFalse(TrueFalse q) {
        return of(answer instanceof Answer.Choice c && c.choice().equals(Boolean.toString(q.answer())));
      }

      @Override
      public Verdict ordering(Ordering q) {
        return of(answer instanceof Answer.Order o && o.items().equals(q.answers()));
      }

      @Override
      public Verdict matching(Matching q) {
        if (!(answer instanceof Answer.Pairs p)) return Verdict.wrong();
        for (Matching.Pair pair : q.pairs()) {
          if (!pair.right().equals(p.rightByLeft().get(pair.left()))) return Verdict.wrong();
        }
        return Verdict.correct();
      }
    });
  }

  private static Verdict of(boolean correct) {
    return correct ? Verdict.correct() : Verdict.wrong();
  }

  private static Verdict typed(String given, String answer, List<String> accept) {
    var forms = new ArrayList<String>(accept);
    forms.add(0, answer);
    String g = fold(given);
    return of(!g.isEmpty() && forms.stream().map(Grader::fold).anyMatch(g::equals));
  }

  /** Case, punctuation, whitespace and diacritics do not matter. */
  static String fold(String s) {
    String noMarks = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return noMarks.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
