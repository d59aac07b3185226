package org.factdrill.grading;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a learner gave for a question, in terms of the question's content (never of letters or
 * positions on screen, which differ between shuffles): the chosen choice text, the items in the
 * order given, and so on. Turning typed input such as "b" or "2 1 3" into an Answer is
 * {@link AnswerParser}'s job.
 */
public sealed interface Answer {

  /** A typed answer (short answer, cloze). */
  record Text(String text) implements Answer {}

  /** One choice (multiple choice); for true/false the choice is "true" or "false". */
  record Choice(String choice) implements Answer {}

  /** Every choice ticked (multi-select). */
  record Choices(Set<String> choices) implements Answer {}

  /** The items in the order given (ordering). */
  record Order(List<String> items) implements Answer {}

  /** Each left item with the right item given for it (matching). */
  record Pairs(Map<String, String> rightByLeft) implements Answer {}

  /** No answer: the learner skipped the question. */
  record Skip() implements Answer {}
}
