package org.factdrill.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdrill.grading.Answer;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/**
 * Reads back an answer from the words a quiz session keeps for it ("Britain, France",
 * "a → b → c", "Lavrov → Foreign Minister; ..."), knowing the question's options, so a class
 * result holds the answer's content (which choices were picked) for the item analysis. Options
 * may themselves hold ", " or " → ": the split is searched for, using only real options. Text
 * that is not made of the question's options is kept as typed text.
 */
public final class GivenAnswer {
  private GivenAnswer() {}

  public static Answer decode(Question question, String given) {
    if (given.isEmpty()) return new Answer.Skip();
    return question.visit(new Question.Visitor<Answer>() {
      @Override
      public Answer multipleChoice(MultipleChoice q) {
        return q.choices().contains(given) ? new Answer.Choice(given) : new Answer.Text(given);
      }

      @Override
      public Answer multiSelect(MultiSelect q) {
        return split(given, q.choices(), ", ")
            .<Answer>map(parts -> new Answer.Choices(new LinkedHashSet<>(parts)))
            .orElse(new Answer.Text(given));
      }

      @Override
      public Answer shortAnswer(ShortAnswer q) {
        return new Answer.Text(given);
      }

      @Override
      public Answer trueFalse(TrueFalse q) {
        return given.equals("true") || given.equals("false") ? new Answer.Choice(given) : new Answer.Text(given);
      }

      @Override
      public Answer ordering(Ordering q) {
        return split(given, q.answers(), " → ").<Answer>map(Answer.Order::new).orElse(new Answer.Text(given));
      }

      @Override
      public Answer matching(Matching q) {
        var pairs = new ArrayList<String>();
        for (String l : q.lefts()) for (String r : q.rights()) pairs.add(l + " → " + r);
        Optional<List<String>> parts = split(given, pairs, "; ");
        if (parts.isEmpty()) return new Answer.Text(given);
        Map<String, String> rightByLeft = new LinkedHashMap<>();
        for (String part : parts.get()) {
          for (String l : q.lefts()) {
            if (part.startsWith(l + " → ") && q.rights().contains(part.substring(l.length() + 3))) {
              rightByLeft.put(l, part.substring(l.length() + 3));
              break;
            }
          }
        }
        return new Answer.Pairs(rightByLeft);
      }
    });
  }

  /** {@code text} as options joined by {@code sep}, if it is that; longer options are tried first. */
  static Optional<List<String>> split(String text, List<String> options, String sep) {
    var sorted = new ArrayList<>(options);
    sorted.sort((a, b) -> b.length() - a.length());
    var out = new ArrayList<String>();
    return split(text, 0, sorted, sep, out) ? Optional.of(List.copyOf(out)) : Optional.empty();
  }

  private static boolean split(String text, int at, List<String> options, String sep, List<String> out) {
    for (String option : options) {
      if (!text.startsWith(option, at)) continue;
      int end = at + option.length();
      out.add(option);
      if (end == text.length()) return true;
      if (text.startsWith(sep, end) && split(text, end + sep.length(), options, sep, out)) return true;
      out.remove(out.size() - 1);
    }
    return false;
  }
}
