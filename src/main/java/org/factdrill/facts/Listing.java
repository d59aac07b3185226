package org.factdrill.facts;

import java.util.List;

/**
 * Several things of one kind that share one role in a clause ("Britain, France and the US
 * launched a military operation"): the clause with the list as its {@code slot}.
 */
public record Listing(String id, int sentence, Clause clause, Slot slot, List<Entity> members, Kind kind) implements Fact {
  public Listing {
    members = List.copyOf(members);
  }
}
