package org.factdrill.grading;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
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
 * <p>Typed answers (short answer, cloze, multiple choice answered in words) go to
 * {@link TextGrader}; answers with several parts get {@link PartialCredit}. An answer of the
 * wrong shape for the question (pairs for a short answer) is wrong.
 */
public final class Grader {
  private Grader() {}

  public static Verdict grade(Question question, Answer answer) {
    if (answer instanceof Answer.Skip) return Verdict.skipped();
    return question.visit(new Question.Visitor<Verdict>() {
      @Override
      public Verdict multipleChoice(MultipleChoice q) {
        if (answer instanceof Answer.Choice c) return of(q.answer().equals(c.choice()) || sameText(q.answer(), c.choice()));
        if (answer instanceof Answer.Text t) return TextGrader.grade(t.text(), ExpectedAnswer.of(q));
        return Verdict.wrong();
      }

      @Override
      public Verdict multiSelect(MultiSelect q) {
        return answer instanceof Answer.Choices c ? PartialCredit.multiSelect(q.answers(), c.choices()) : Verdict.wrong();
      }

      @Override
      public Verdict shortAnswer(ShortAnswer q) {
        if (answer instanceof Answer.Text t) return TextGrader.grade(t.text(), ExpectedAnswer.of(q));
        if (answer instanceof Answer.Choice c) return TextGrader.grade(c.choice(), ExpectedAnswer.of(q));
        return Verdict.wrong();
      }

      @Override
      public Verdict trueFalse(TrueFalse q) {
        Optional<Boolean> given = Optional.empty();
        if (answer instanceof Answer.Choice c) given = truth(c.choice());
        if (answer instanceof Answer.Text t) given = truth(t.text());
        return of(given.isPresent() && given.get() == q.answer());
      }

      @Override
      public Verdict ordering(Ordering q) {
        return answer instanceof Answer.Order o ? PartialCredit.ordering(q.answers(), o.items()) : Verdict.wrong();
      }

      @Override
      public Verdict matching(Matching q) {
        if (!(answer instanceof Answer.Pairs p)) return Verdict.wrong();
        var rightByLeft = new LinkedHashMap<String, String>();
        for (Matching.Pair pair : q.pairs()) rightByLeft.put(pair.left(), pair.right());
        return PartialCredit.matching(rightByLeft, p.rightByLeft());
      }
    });
  }

  /** "true", "t", "yes", "y" are true; "false", "f", "no", "n" are false; anything else is neither. */
  public static Optional<Boolean> truth(String text) {
    return switch (fold(text)) {
      case "true", "t", "yes", "y", "right", "correct" -> Optional.of(true);
      case "false", "f", "no", "n", "wrong", "incorrect" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  private static Verdict of(boolean correct) {
    return correct ? Verdict.correct() : Verdict.wrong();
  }

  private static boolean sameText(String a, String b) {
    return fold(a).equals(fold(b));
  }

  /** Case, punctuation, whitespace and diacritics do not matter. */
  static String fold(String s) {
    return Phrase.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
