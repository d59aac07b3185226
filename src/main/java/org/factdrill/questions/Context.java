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
   * so that the source shows who or what the answer is.
   */
  public Source source(Clause clause) {
    Source own = source(clause.sentence());
    Entity subject = clause.subject().entity();
    int s = clause.sentence();
    if (subject == null || s == 0 || facts.entities().namedIn(subject, s)) return own;
    return new Source(s, facts.article().sentences().get(s - 1).text() + " " + own.text());
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
