package org.factdrill.facts;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.nlp.Sentence;

/**
 * Lists of one kind that share a role: the subject or object of a clause made of names joined by
 * commas and "and" ("Britain, France, the US, Canada and Belgium launched a military operation").
 */
public final class ListingFinder {
  private ListingFinder() {}

  public static List<Listing> find(List<Clause> clauses, Entities entities) {
    var out = new ArrayList<Listing>();
    for (Clause c : clauses) {
      Sentence s = c.parse();
      for (int head : new int[] {c.subject().head(), objectOf(c)}) {
        if (head < 0) continue;
        Entity first = entities.at(s.index(), head);
        if (first == null || !first.kind().isNamed()) continue;
        var members = new ArrayList<Entity>();
        members.add(first);
        boolean sameKind = true;
        for (int conj : s.children(head, "conj")) {
          Entity e = entities.at(s.index(), conj);
          if (e == null || e.kind() != first.kind()) {
            sameKind = false;
            break;
          }
          if (!members.contains(e)) members.add(e);
        }
        if (!sameKind || members.size() < 2) continue;
        List<Integer> phrase = s.subtree(head);
        var slot = new Slot(head == c.subject().head() ? Slot.Role.SUBJECT : Slot.Role.OBJECT, head, phrase.get(0),
            phrase.get(phrase.size() - 1) + 1, first.kind(), null, null, null);
        out.add(new Listing(Facts.id("listing", c.id(), Integer.toString(head)), c.sentence(), c, slot, members, first.kind()));
      }
    }
    return out;
  }

  private static int objectOf(Clause c) {
    for (int ch : c.parse().children(c.verb(), "obj")) return ch;
    return -1;
  }
}
