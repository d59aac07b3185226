package org.factdrill.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Left items to pair with right items; {@code pairs} holds the right pairing. */
public record Matching(String id, String prompt, List<Pair> pairs, String kind, Source source, String fact) implements Question {

  /** One left item and the right item it goes with. */
  public record Pair(String left, String right) {
    public Pair {
      Checks.text(left, "pairs.left");
      Checks.text(right, "pairs.right");
    }
  }

  public Matching {
    Checks.common(id, prompt, kind, source);
    Objects.requireNonNull(pairs, "pairs");
    if (pairs.size() < 2) throw new IllegalArgumentException("pairs needs at least 2 entries, has " + pairs.size());
    pairs = List.copyOf(pairs);
    Checks.distinct(lefts(pairs), "pairs.left");
    Checks.distinct(rights(pairs), "pairs.right");
  }

  public List<String> lefts() {
    return lefts(pairs);
  }

  public List<String> rights() {
    return rights(pairs);
  }

  private static List<String> lefts(List<Pair> pairs) {
    var out = new ArrayList<String>();
    for (Pair p : pairs) out.add(p.left());
    return out;
  }

  private static List<String> rights(List<Pair> pairs) {
    var out = new ArrayList<String>();
    for (Pair p : pairs) out.add(p.right());
    return out;
  }

  /** A question not tied to a fact of an article (imported, or written by hand). */
  public Matching(String id, String prompt, List<Pair> pairs, String kind, Source source) {
    this(id, prompt, pairs, kind, source, null);
  }

  @Override
  public <R> R visit(Visitor<R> visitor) {
    return visitor.matching(this);
  }

  @Override
  public QuestionType type() {
    return QuestionType.MATCHING;
  }

  @Override
  public String answerText() {
    var parts = new ArrayList<String>();
    for (Pair p : pairs) parts.add(p.left() + " → " + p.right());
    return String.join("; ", parts);
  }
}
