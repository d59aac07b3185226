package org.factdrill.questions;

import java.util.List;

/** Items to put in order; {@code answers} holds them in the right order. */
public record Ordering(String id, String prompt, List<String> answers, String kind, Source source, String fact)
    implements Question {
  public Ordering {
    Checks.common(id, prompt, kind, source);
    answers = Checks.distinct(Checks.texts(answers, "answers", 2), "answers");
  }

  /** A question not tied to a fact of an article (imported, or written by hand). */
  public Ordering(String id, String prompt, List<String> answers, String kind, Source source) {
    this(id, prompt, answers, kind, source, null);
  }

  @Override
  public <R> R visit(Visitor<R> visitor) {
    return visitor.ordering(this);
  }

  @Override
  public QuestionType type() {
    return QuestionType.ORDERING;
  }

  @Override
  public String answerText() {
    return String.join(" → ", answers);
  }
}
