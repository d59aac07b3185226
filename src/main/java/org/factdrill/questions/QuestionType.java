package org.factdrill.questions;

import java.util.Arrays;
import java.util.Optional;

/** The question types, with the names bank files use. */
public enum QuestionType {
  MULTIPLE_CHOICE("multiple_choice"),
  MULTI_SELECT("multi_select"),
  SHORT_ANSWER("short_answer"),
  TRUE_FALSE("true_false"),
  ORDERING("ordering"),
  MATCHING("matching");

  private final String wireName;

  QuestionType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<QuestionType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
