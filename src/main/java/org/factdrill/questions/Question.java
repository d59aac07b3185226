package org.factdrill.questions;

import java.util.List;

/**
 * One generated question. The kinds of question are a closed set: code that handles questions
 * switches over them exhaustively, so a new kind cannot be forgotten.
 *
 * <p>A question never changes; what happens in one attempt at it lives elsewhere (quiz, study).
 * Cloze questions are {@link ShortAnswer} or {@link MultipleChoice} whose prompt holds the gap
 * {@value #GAP}.
 */
public sealed interface Question
    permits MultipleChoice, MultiSelect, ShortAnswer, TrueFalse, Ordering, Matching {

  /** The gap a cloze prompt shows in place of its answer. */
  String GAP = "____";

  /** Stable id, derived from the content ("q-" and eight hex digits). */
  String id();

  String prompt();

  /** What the answer is: date, person, organization, country, place, number, document, role, event... */
  String kind();

  Source source();

  /**
   * The id of the fact of the article this question tests, or null (imported or hand-written
   * questions). A quiz asks at most one question per fact.
   */
  String fact();

  /** The type name used in bank files: multiple_choice, multi_select, ... */
  QuestionType type();

  /** The correct answer as one line of text, for feedback, summaries and exports. */
  String answerText();

  /** Other forms a typed answer may take (empty for types that are not typed). */
  default List<String> accept() {
    return List.of();
  }

  /** Exhaustive handling of every kind of question (Java 17 has no pattern switch over sealed types). */
  <R> R visit(Visitor<R> visitor);

  /** One method per kind of question: adding a kind breaks every visitor until it handles it. */
  interface Visitor<R> {
    R multipleChoice(MultipleChoice q);

    R multiSelect(MultiSelect q);

    R shortAnswer(ShortAnswer q);

    R trueFalse(TrueFalse q);

    R ordering(Ordering q);

    R matching(Matching q);
  }

  default boolean isCloze() {
    return prompt().contains(GAP);
  }
}
