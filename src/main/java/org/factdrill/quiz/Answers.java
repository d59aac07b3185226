package org.factdrill.quiz;

import java.util.ArrayList;
import java.util.Map;
import org.factdrill.grading.Answer;

/** An answer in words, as kept and shown: the choice's text, the items in order, the pairs. */
public final class Answers {
  private Answers() {}

  public static String describe(Answer answer) {
    if (answer instanceof Answer.Text t) return t.text();
    if (answer instanceof Answer.Choice c) return c.choice();
    if (answer instanceof Answer.Choices cs) return String.join(", ", cs.choices());
    if (answer instanceof Answer.Order o) return String.join(" → ", o.items());
    if (answer instanceof Answer.Pairs p) {
      var parts = new ArrayList<String>();
      for (Map.Entry<String, String> e : p.rightByLeft().entrySet()) parts.add(e.getKey() + " → " + e.getValue());
      return String.join("; ", parts);
    }
    return "";
  }
}
