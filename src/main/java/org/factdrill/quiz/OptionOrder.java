package org.factdrill.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/** The options a question shows, in bank order or shuffled with a given source of randomness. */
public final class OptionOrder {
  /** True/false always shows these two, in this order: a shuffled "False / True" only confuses. */
  public static final List<String> TRUE_FALSE = List.of("True", "False");

  private OptionOrder() {}

  public static List<String> natural(Question q) {
    return q.visit(new Question.Visitor<List<String>>() {
      @Override
      public List<String> multipleChoice(MultipleChoice mc) {
        return mc.choices();
      }

      @Override
      public List<String> multiSelect(MultiSelect ms) {
        return ms.choices();
      }

      @Override
      public List<String> shortAnswer(ShortAnswer sa) {
        return List.of();
      }

      @Override
      public List<String> trueFalse(TrueFalse tf) {
        return TRUE_FALSE;
      }

      @Override
      public List<String> ordering(Ordering o) {
        return o.answers();
      }

      @Override
      public List<String> matching(Matching m) {
        return m.rights();
      }
    });
  }

  /**
   * The options shuffled. Ordering items and matching right-hand items are never left in the
   * answer's order (when there is another order), since that would give the answer away.
   */
  public static List<String> shuffled(Question q, Random random) {
    List<String> natural = natural(q);
    if (natural.size() < 2 || q instanceof TrueFalse) return natural;
    boolean revealing = q instanceof Ordering || q instanceof Matching;
    if (revealing) return mixed(natural, random);
    var out = new ArrayList<>(natural);
    Collections.shuffle(out, random);
    return List.copyOf(out);
  }

  /**
   * Items whose given order is the answer (items to put in order, the right side of a matching
   * question), shuffled and never left in that order: a shuffle that lands on it is rotated by one.
   * The one such shuffle of the project: the quiz, class quizzes and the exports all mix items so.
   * java.util.Random and Collections.shuffle are specified exactly, so a seed gives the same order
   * on every JDK.
   */
  public static <T> List<T> mixed(List<T> answerOrder, Random random) {
    var out = new ArrayList<>(answerOrder);
    Collections.shuffle(out, random);
    if (out.size() > 1 && out.equals(answerOrder)) Collections.rotate(out, 1);
    return List.copyOf(out);
  }

  static boolean sameOptions(Question q, List<String> shown) {
    List<String> natural = natural(q);
    return shown.size() == natural.size() && new HashSet<>(shown).equals(new HashSet<>(natural));
  }
}
