package org.factdrill.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/**
 * The hints a question can give, in order: each narrows the answer down without giving it away.
 * Deterministic (the wrong choices removed are drawn with a seed taken from the question and its
 * shown order), so a resumed or replayed quiz gives the same hints.
 */
final class Hints {
  private Hints() {}

  static Optional<Hint> next(QuizItem item, int used, Set<Integer> removed) {
    List<String> shown = item.shown();
    return item.question().visit(new Question.Visitor<Optional<Hint>>() {
      @Override
      public Optional<Hint> multipleChoice(MultipleChoice q) {
        if (used > 0) return Optional.empty();
        return removeWrong(shown, List.of(q.answer()), 2, "two wrong choices removed", "one wrong choice removed");
      }

      @Override
      public Optional<Hint> multiSelect(MultiSelect q) {
        if (used == 0) return Optional.of(new Hint(q.answers().size() + " of the " + shown.size() + " choices are correct", Set.of()));
        if (used == 1) return removeWrong(shown, q.answers(), 1, "one wrong choice removed", "one wrong choice removed");
        return Optional.empty();
      }

      @Override
      public Optional<Hint> shortAnswer(ShortAnswer q) {
        String answer = q.answer().strip();
        if (used == 0) {
          int letters = (int) answer.codePoints().filter(Character::isLetter).count();
          int digits = (int) answer.codePoints().filter(Character::isDigit).count();
          String size = digits == 0 ? letters + (letters == 1 ? " letter" : " letters")
              : letters == 0 ? digits + (digits == 1 ? " digit" : " digits")
              : (letters + digits) + " letters and digits";
          return Optional.of(new Hint("it starts with \"" + answer.substring(0, answer.offsetByCodePoints(0, 1)) + "\" (" + size + ")", Set.of()));
        }
        if (used == 1 && answer.contains(" ")) return Optional.of(new Hint("it looks like: " + initials(answer), Set.of()));
        return Optional.empty();
      }

      @Override
      public Optional<Hint> trueFalse(TrueFalse q) {
        return Optional.empty();
      }

      @Override
      public Optional<Hint> ordering(Ordering q) {
        if (used == 0) return Optional.of(new Hint("first comes: " + q.answers().get(0), Set.of()));
        if (used == 1 && q.answers().size() > 2) {
          return Optional.of(new Hint("last comes: " + q.answers().get(q.answers().size() - 1), Set.of()));
        }
        return Optional.empty();
      }

      @Override
      public Optional<Hint> matching(Matching q) {
        if (used >= q.pairs().size() - 1) return Optional.empty();
        Matching.Pair p = q.pairs().get(used);
        char letter = (char) ('a' + shown.indexOf(p.right()));
        return Optional.of(new Hint((used + 1) + " goes with " + letter + " (" + p.left() + " → " + p.right() + ")", Set.of()));
      }

      private Optional<Hint> removeWrong(List<String> options, List<String> right, int most, String many, String one) {
        var wrong = new ArrayList<Integer>();
        for (int i = 0; i < options.size(); i++) {
          if (!right.contains(options.get(i)) && !removed.contains(i)) wrong.add(i);
        }
        // At least one wrong choice stays, or the hint would be the answer.
        int take = Math.min(most, wrong.size() - 1);
        if (take <= 0) return Optional.empty();
        // Which wrong ones go is drawn, not the first ones shown: removing the first ones would make
        // the first choice left the answer three times in four (and, for multi-select, mark every
        // choice above the struck one as right).
        Collections.shuffle(wrong, new Random(Objects.hash(item.question().id(), shown, used)));
        return Optional.of(new Hint(take == 1 ? one : many, Set.copyOf(wrong.subList(0, take))));
      }
    });
  }

  /** "Ban Ki-moon" -> "B__ K_-____": the shape of the answer, with each word's first letter. */
  static String initials(String answer) {
    var out = new StringBuilder();
    boolean wordStart = true;
    for (int i = 0; i < answer.length(); i++) {
      char c = answer.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        out.append(c);
        wordStart = true;
      } else {
        out.append(wordStart ? c : '_');
        wordStart = false;
      }
    }
    return out.toString();
  }
}
