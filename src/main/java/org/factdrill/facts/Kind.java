package org.factdrill.facts;

import java.util.Locale;

/**
 * What an answer is. Distractors are drawn from one kind only, and the kind decides the question
 * word: a company is asked with "Which company", a country with "Which country". The wire name is
 * the bank file's "kind".
 */
public enum Kind {
  PERSON("person", "Who", "who"),
  COMPANY("organization", "Which company", "which company"),
  PARTY("organization", "Which party", "which party"),
  TEAM("organization", "Which team", "which team"),
  ORGANIZATION("organization", "Which organisation", "which organisation"),
  COUNTRY("country", "Which country", "which country"),
  CITY("place", "Which city", "which city"),
  STATE("place", "Which state", "which state"),
  PLACE("place", "Where", "where"),
  DATE("date", "When", "when"),
  MONEY("number", "How much", "how much"),
  PERCENT("number", "What percentage", "what percentage"),
  NUMBER("number", "How many", "how many"),
  OFFICE("role", "What position", "what position"),
  DOCUMENT("document", "Which document", "which document"),
  /** A novel, a film, a play: asked by what sort of work the article says it is ("Which novel ..."). */
  WORK("work", "Which work", "which work"),
  ACRONYM("organization", "What", "what");

  private final String wireName;
  private final String questionWord;
  private final String questionWordInside;

  Kind(String wireName, String questionWord, String questionWordInside) {
    this.wireName = wireName;
    this.questionWord = questionWord;
    this.questionWordInside = questionWordInside;
  }

  public String wireName() {
    return wireName;
  }

  /** The words that open a question asking for this kind of thing as a subject: "Which company". */
  public String questionWord() {
    return questionWord;
  }

  public String questionWordInside() {
    return questionWordInside;
  }

  /** The plural opening for a select-all question: "Which countries". */
  public String pluralQuestionWord() {
    return switch (this) {
      case PERSON -> "Who";
      case COMPANY -> "Which companies";
      case PARTY -> "Which parties";
      case TEAM -> "Which teams";
      case ORGANIZATION, ACRONYM -> "Which organisations";
      case COUNTRY -> "Which countries";
      case CITY -> "Which cities";
      case STATE -> "Which states";
      default -> questionWord;
    };
  }

  /** Whether it names something (rather than counting or dating it): these kinds have entities. */
  public boolean isNamed() {
    return switch (this) {
      case PERSON, COMPANY, PARTY, TEAM, ORGANIZATION, COUNTRY, CITY, STATE, PLACE, WORK -> true;
      default -> false;
    };
  }

  /** Whether it is a body of people (company, organisation, club, party), which a tagger tells apart less well than a person from a place. */
  public boolean isBody() {
    return switch (this) {
      case COMPANY, ORGANIZATION, TEAM, PARTY -> true;
      default -> false;
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
