package org.factdrill.questions;

/** A statement that is true, or false because one fact in it was swapped for another of the same kind. */
public record TrueFalse(String id, String prompt, boolean answer, String kind, Source source, String fact) implements Question {
  public TrueFalse {
    Checks.common(id, prompt, kind, source);
  }

  /** A question not tied to a fact of an article (imported, or written by hand). */
  public TrueFalse(String id, String prompt, boolean answer, String kind, Source source) {
    this(id, prompt, answer, kind, source, null);
  }

  @Override
  public <R> R visit(Visitor<R> visitor) {
    return visitor.trueFalse(this);
  }

  @Override
  public QuestionType type() {
    return QuestionType.TRUE_FALSE;
  }

  @Override
  public String answerText() {
    return Boolean.toString(answer);
  }
}
