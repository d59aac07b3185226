package org.factdrill.questions;

import java.util.List;

/** A typed answer; {@code accept} lists the other forms that count as correct. */
public record ShortAnswer(String id, String prompt, String answer, List<String> accept, String kind, Source source, String fact)
    implements Question {
  public ShortAnswer {
    Checks.common(id, prompt, kind, source);
    Checks.text(answer, "answer");
    accept = Checks.texts(accept == null ? List.of() : accept, "accept", 0);
  }

  /** A question not tied to a fact of an article (imported, or written by hand). */
  public ShortAnswer(String id, String prompt, String answer, List<String> accept, String kind, Source source) {
    this(id, prompt, answer, accept, kind, source, null);
  }

  @Override
  public <R> R visit(Visitor<R> visitor) {
    return visitor.shortAnswer(this);
  }

  @Override
  public QuestionType type() {
    return QuestionType.SHORT_ANSWER;
  }

  @Override
  public String answerText() {
    return answer;
  }
}
