package org.factdrill.questions;

import java.util.List;

/** One correct answer among {@code choices} (which include it). */
public record MultipleChoice(
    String id, String prompt, String answer, List<String> choices, List<String> accept, String kind, Source source, String fact)
    implements Question {
  public MultipleChoice {
    Checks.common(id, prompt, kind, source);
    Checks.text(answer, "answer");
    choices = Checks.distinct(Checks.texts(choices, "choices", 2), "choices");
    accept = Checks.texts(accept == null ? List.of() : accept, "accept", 0);
    if (choices.stream().filter(answer::equals).count() != 1) {
      throw new IllegalArgumentException("choices must hold the answer \"" + answer + "\" exactly once");
    }
  }

  public int correctIndex() {
    return choices.indexOf(answer);
  }

  /** A question not tied to a fact of an article (imported, or written by hand). */
  public MultipleChoice(String id, String prompt, String answer, List<String> choices, List<String> accept, String kind, Source source) {
    this(id, prompt, answer, choices, accept, kind, source, null);
  }

  @Override
  public <R> R visit(Visitor<R> visitor) {
    return visitor.multipleChoice(this);
  }

  @Override
  public QuestionType type() {
    return QuestionType.MULTIPLE_CHOICE;
  }

  @Override
  public String answerText() {
    return answer;
  }
}
