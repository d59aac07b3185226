package org.factdrill.grading;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Credit for answers with several parts. The outcome is CORRECT only when every part is right;
 * otherwise it is WRONG, and the score says how much was right, so a summary can show progress
 * without counting a half-right answer as right.
 */
public final class PartialCredit {
  private PartialCredit() {}

  /**
   * Multi-select: (right choices ticked − wrong choices ticked) / number of right choices, floored
   * at 0. Each wrong tick cancels a right one, so ticking every box scores nothing when wrong
   * choices are at least as many as right ones, and guessing all never pays (the rule Canvas uses
   * for "multiple answers"; Moodle's penalty per wrong tick works the same way).
   */
  public static Verdict multiSelect(List<String> answers, Set<String> ticked) {
    int right = 0;
    int wrong = 0;
    for (String t : ticked) {
      if (answers.contains(t)) right++;
      else wrong++;
    }
    if (wrong == 0 && right == answers.size()) return Verdict.correct();
    double score = Math.max(0, (double) (right - wrong) / answers.size());
    String note = right + " of " + answers.size() + " right" + (wrong > 0 ? ", " + wrong + " wrong" : "");
    return Verdict.partial(score, note);
  }

  /** Ordering: the share of items in their right place. */
  public static Verdict ordering(List<String> answers, List<String> given) {
    int right = 0;
    for (int i = 0; i < answers.size(); i++) {
      if (i < given.size() && answers.get(i).equals(given.get(i))) right++;
    }
    if (right == answers.size() && given.size() == answers.size()) return Verdict.correct();
    return Verdict.partial((double) right / answers.size(), right + " of " + answers.size() + " in the right place");
  }

  /** Matching: the share of left items given their right partner. */
  public static Verdict matching(Map<String, String> rightByLeft, Map<String, String> given) {
    int right = 0;
    for (Map.Entry<String, String> e : rightByLeft.entrySet()) {
      if (e.getValue().equals(given.get(e.getKey()))) right++;
    }
    if (right == rightByLeft.size()) return Verdict.correct();
    return Verdict.partial((double) right / rightByLeft.size(), right + " of " + rightByLeft.size() + " pairs right");
  }
}
