package org.factdrill.questions;

/** A statement that is true, or false because one fact in it was swapped for another of the same kind. */
public record TrueFalse(String id, String prompt, boolean answer, String kind, Source source) implements Question {
  public TrueFalse {
    Checks.common(id, prompt, kind, source);
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
