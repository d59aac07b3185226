package org.factdrill.facts;

import java.util.List;
import org.factdrill.nlp.Sentence;

/**
 * Who did what: one verb of a sentence with its subject and the other parts a question can ask for
 * (an object that names something, a date, a place, a quantity). {@code tokens} are the tokens the
 * clause covers, in order, once attribution ("..., Lavrov said"), subordinate clauses and
 * punctuation are set aside; questions are phrased from them.
 */
public record Clause(String id, int sentence, Sentence parse, int verb, Slot subject, List<Slot> slots, List<Integer> tokens)
    implements Fact {
  public Clause {
    slots = List.copyOf(slots);
    tokens = List.copyOf(tokens);
  }

  public Slot slot(Slot.Role role) {
    for (Slot s : slots) if (s.role() == role) return s;
    return null;
  }
}
