package org.factdrill.questions;

import java.util.List;
import java.util.Random;
import org.factdrill.facts.Clause;
import org.factdrill.facts.Entity;
import org.factdrill.facts.Fact;
import org.factdrill.facts.Facts;
import org.factdrill.nlp.Sentence;

/** What every question form works from: the facts, phrasing, distractors, importance, the seed. */
public record Context(Facts facts, Phrasing phrasing, Distractors distractors, Importance importance, long seed) {

  public static Context of(Facts facts, long seed) {
    return new Context(facts, new Phrasing(facts.entities(), facts.timeline()), new Distractors(facts), new Importance(facts), seed);
  }

  public Random random(String key) {
    return Distractors.random(seed, key);
  }

  public Source source(int sentence) {
    Sentence s = facts.article().sentences().get(sentence);
    return new Source(sentence, s.text());
  }

  /**
   * Where a clause's questions come from: its sentence, after the sentence before it where the
   * clause only refers to its subject ("She opened ...", "The firm has ...") and that one names it,
   * and after the sentence of the day a relative date counts from ("On March 17 ..." for "Two days
   * later ..."), so that the source shows who or what the answer is and when.
   */
  public Source source(Clause clause) {
    int s = clause.sentence();
    var before = new java.util.TreeSet<Integer>();
    Entity subject = clause.subject().entity();
    if (subject != null && s > 0 && !facts.entities().namedIn(subject, s)) before.add(s - 1);
    for (org.factdrill.facts.Slot slot : clause.slots()) {
      org.factdrill.nlp.Mention m = slot.role() == org.factdrill.facts.Slot.Role.DATE ? clause.parse().mentionAt(slot.head()) : null;
      int anchor = m == null ? -1 : facts.timeline().anchorOf(m);
      if (anchor >= 0 && anchor < s) before.add(anchor);
    }
    Source own = source(s);
    if (before.isEmpty()) return own;
    var text = new StringBuilder();
    int last = -2;
    for (int b : before) {
      // sentences of the article that are not next to each other: "..." says that some were left out
      if (text.length() > 0 && b != last + 1) text.append("... ");
      text.append(facts.article().sentences().get(b).text()).append(' ');
      last = b;
    }
    if (last != s - 1) text.append("... ");
    return new Source(s, text.append(own.text()).toString());
  }

  public double weight(Fact f) {
    return importance.of(f);
  }

  /** The choices in an order decided by the seed and the question, the answer among them. */
  public List<String> shuffled(String answer, List<String> wrong, String key) {
    var all = new java.util.ArrayList<String>(wrong);
    all.add(answer);
    java.util.Collections.shuffle(all, random("order:" + key));
    return all;
  }
}
