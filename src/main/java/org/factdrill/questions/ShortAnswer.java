package org.factdrill.questions;

import java.util.List;

/** A typed answer; {@code accept} lists the other forms that count as correct. */
public record ShortAnswer(String id, String prompt, String answer, List<String> accept, String kind, Source source)
    implements Question {
  public ShortAnswer {
    Checks.common(id, prompt, kind, source);
    Checks.text(answer, "answer");
    accept = Checks.texts(accept == null ? List.of() : accept, "accept", 0);
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
