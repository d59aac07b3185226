package org.factdrill.quiz;

import java.util.List;
import org.factdrill.grading.Answer;
import org.factdrill.grading.Grader;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;

/**
 * Which choices of a multiple-choice question a typed text names, read as the grader reads a typed
 * answer (other names, small typos): the screens ask again when text names no choice, or several,
 * instead of grading it as a wrong answer.
 */
public final class ChoiceNames {
  private ChoiceNames() {}

  /** How many of {@code shown} the text names (as their answer would be accepted). */
  public static int count(Question question, List<String> shown, String text) {
    if (!(question instanceof MultipleChoice mc)) return 0;
    int n = 0;
    for (String choice : shown) {
      // The same question as if this choice were its answer (with the accepted forms only for the real one).
      var asIf = choice.equals(mc.answerText()) ? mc
          : new MultipleChoice(mc.id(), mc.prompt(), choice, mc.choices(), List.of(), mc.kind(), mc.source());
      if (Grader.grade(asIf, new Answer.Text(text)).isCorrect()) n++;
    }
    return n;
  }
}
