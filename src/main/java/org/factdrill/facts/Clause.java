package org.factdrill.facts;

import java.util.List;
import org.factdrill.nlp.Sentence;

/**
 * Who did what: one verb of a sentence with its subject and the other parts a question can ask for
 * (an object that names something, a date, a place, a quantity). {@code tokens} are the tokens the
 * clause covers, in order, once attribution ("..., Lavrov said"), subordinate clauses and
 * punctuation are set aside; questions are phrased from them. {@code gaps} are the names, dates,
 * sums and shares among those tokens that a gap-fill question may blank out.
 */
public record Clause(String id, int sentence, Sentence parse, int verb, Slot subject, List<Slot> slots, List<Integer> tokens,
    List<Slot> gaps) implements Fact {
  public Clause {
    slots = List.copyOf(slots);
    tokens = List.copyOf(tokens);
    gaps = List.copyOf(gaps);
  }

  /** The same clause with another subject (a quantity asked as "How many jobs were lost?"). */
  public Clause withSubject(Slot other) {
    return new Clause(id, sentence, parse, verb, other, slots, tokens, gaps);
  }

  public Slot slot(Slot.Role role) {
    for (Slot s : slots) if (s.role() == role) return s;
    return null;
  }
}
