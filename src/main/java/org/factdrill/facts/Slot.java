package org.factdrill.facts;

/**
 * A part of a clause a question can ask for: its role, the token that heads it, the tokens
 * [start, end) it covers, what kind of thing it is, its text as the answer, and the named entity
 * (or null) or normalised value (or null) behind it.
 */
public record Slot(Role role, int head, int start, int end, Kind kind, String answer, Entity entity, String normalized) {

  /** The roles a slot plays in its clause; AGENT is the doer a passive names after "by". */
  public enum Role { SUBJECT, OBJECT, AGENT, DATE, PLACE, QUANTITY }

  public boolean covers(int token) {
    return token >= start && token < end;
  }

  /**
   * Whether the slot's name is said with "the" in sentence {@code s}: "the UN Security Council", but
   * not "the Kenyan rail operator Coastline Trains", whose "the" belongs to the description.
   */
  public boolean saidWithThe(org.factdrill.nlp.Sentence s) {
    // "The Glass Harbour": a title's own "The" is part of its name
    if (entity == null || entity.name().startsWith("The ") || !s.token(start).text().equalsIgnoreCase("the")) return false;
    org.factdrill.nlp.Mention name = s.mentionAt(head);
    return name == null || name.start() <= start + 1;
  }
}
