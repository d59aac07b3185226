package org.factdrill.facts;

/**
 * A part of a clause a question can ask for: its role, the token that heads it, the tokens
 * [start, end) it covers, what kind of thing it is, its text as the answer, and the named entity
 * (or null) or normalised value (or null) behind it.
 */
public record Slot(Role role, int head, int start, int end, Kind kind, String answer, Entity entity, String normalized) {

  /** The roles a slot plays in its clause. */
  public enum Role { SUBJECT, OBJECT, DATE, PLACE, QUANTITY }

  public boolean covers(int token) {
    return token >= start && token < end;
  }
}
