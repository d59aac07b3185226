package org.factdrill.quiz;

import java.util.Set;

/**
 * A hint for the current question: a line to show, and the options it takes away (indexes into
 * the options as shown), e.g. two wrong choices of a multiple-choice question.
 */
public record Hint(String text, Set<Integer> removed) {
  public Hint {
    removed = Set.copyOf(removed);
  }
}
