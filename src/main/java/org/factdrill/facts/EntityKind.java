package org.factdrill.facts;

/** What a named thing is; the wire name is the question "kind" of questions whose answer it is. */
public enum EntityKind {
  PERSON("person", "Who"),
  ORGANIZATION("organization", "Which organisation"),
  COUNTRY("country", "Which country"),
  PLACE("place", "Where"),
  MEDIA("media", "Which news outlet"),
  FACILITY("facility", "Where");

  private final String wireName;
  private final String asker;

  EntityKind(String wireName, String asker) {
    this.wireName = wireName;
    this.asker = asker;
  }

  public String wireName() {
    return wireName;
  }

  /** The words that ask for one thing of this kind at the start of a question. */
  public String asker() {
    return asker;
  }
}
