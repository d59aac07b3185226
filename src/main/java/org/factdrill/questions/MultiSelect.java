package org.factdrill.questions;

import java.util.List;

/** Every choice in {@code answers} is correct; the other {@code choices} are not. */
public record MultiSelect(
    String id, String prompt, List<String> answers, List<String> choices, String kind, Source source, String fact)
    implements Question {
  public MultiSelect {
    Checks.common(id, prompt, kind, source);
    answers = Checks.distinct(Checks.texts(answers, "answers", 2), "answers");
    choices = Checks.distinct(Checks.texts(choices, "choices", 3), "choices");
    if (!choices.containsAll(answers)) throw new IllegalArgumentException("choices must hold every answer");
    if (choices.size() == answers.size()) throw new IllegalArgumentException("choices need at least one wrong choice");
  }

  public boolean isCorrect(String choice) {
    return answers.contains(choice);
  }

  /** A question not tied to a fact of an article (imported, or written by hand). */
  public MultiSelect(String id, String prompt, List<String> answers, List<String> choices, String kind, Source source) {
    this(id, prompt, answers, choices, kind, source, null);
  }

  @Override
  public <R> R visit(Visitor<R> visitor) {
    return visitor.multiSelect(this);
  }

  @Override
  public QuestionType type() {
    return QuestionType.MULTI_SELECT;
  }

  @Override
  public String answerText() {
    return String.join(", ", answers);
  }
}
