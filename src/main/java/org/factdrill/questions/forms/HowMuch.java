package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.facts.Clause;
import org.factdrill.facts.Kind;
import org.factdrill.facts.Slot;
import org.factdrill.nlp.Sentence;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.QuestionForm;

/**
 * Quantities: "How many jobs will Tesco cut?", "How much did the company pay for the stake?",
 * "By what percentage did sales rise?", with values of the same form and size as choices.
 */
public final class HowMuch implements QuestionForm {
  /** Verbs of change, whose share is asked "by what percentage". */
  private static final Set<String> CHANGE = Set.of("rise", "fall", "grow", "drop", "increase", "decrease", "climb", "jump",
      "slip", "decline", "rally", "gain", "lose", "shrink", "expand", "soar", "slump", "plunge", "tumble", "surge", "dip", "cut", "raise");

  @Override
  public List<Candidate> ask(Context c) {
    var out = new ArrayList<Candidate>();
    for (Clause clause : c.facts().ofType(Clause.class)) {
      Slot q = clause.slot(Slot.Role.QUANTITY);
      if (q == null) continue;
      // "How many passengers were stranded over the weekend?": a count is asked of someone or somewhere the
      // question names; without one it could be any passengers, anywhere
      if (!namesSomething(c, clause, q)) continue;
      String prompt = prompt(c, clause, q);
      if (prompt == null) continue;
      List<String> wrong = c.distractors().quantities(q.answer(), q.kind(), 3, prompt, c.random(prompt));
      Candidate cand = Choices.ask(c, prompt, q.answer(), List.of(), wrong, "number", c.source(clause), clause.id(),
          c.weight(clause) + 0.2);
      if (cand != null) out.add(cand);
    }
    return out;
  }

  /** Whether the clause, its figure aside, names a person, a body or a place (or says one by "its", "the firm"). */
  private static boolean namesSomething(Context c, Clause clause, Slot q) {
    Sentence s = clause.parse();
    for (int t : clause.tokens()) {
      if (q.covers(t)) continue;
      org.factdrill.facts.Entity e = c.facts().entities().at(s.index(), t);
      if (e != null && e.kind().isNamed()) return true;
      if (s.token(t).ner().equals("NATIONALITY")) return true; // "Kenyan farmers", "Ugandan exports"
    }
    return false;
  }

  private static String prompt(Context c, Clause clause, Slot q) {
    Sentence s = clause.parse();
    String lemma = s.token(clause.verb()).lemma().toLowerCase(Locale.ROOT);
    if (q.kind() == Kind.NUMBER) {
      // "How many" and the counted thing: the noun phrase without its number and determiner
      var np = new ArrayList<Integer>();
      for (int t : s.subtree(q.head())) {
        if (q.covers(t) || s.token(t).pos().equals("DT") && t < q.head()) continue;
        np.add(t);
      }
      if (np.isEmpty() || np.size() > 4) return null;
      if (!s.token(q.head()).pos().equals("NNS")) return null; // "How many" needs a plural
      String thing = c.phrasing().render(s, np);
      if (thing == null) return null;
      int[] span = s.contiguousSpan(q.head());
      if (span == null) return null;
      if (clause.subject().covers(q.head())) {
        // "The 14 depots uses ...": "How many depots" needs a plural verb, and the article's slip is not copied
        String verb = s.token(org.factdrill.questions.Phrasing.firstVerbal(clause)).text().toLowerCase(Locale.ROOT);
        if (s.token(org.factdrill.questions.Phrasing.firstVerbal(clause)).pos().equals("VBZ") || verb.equals("was")) return null;
        return c.phrasing().subjectQuestion(clause.withSubject(new Slot(Slot.Role.SUBJECT, q.head(), span[0], span[1], null, null,
            null, null)), "How many " + thing, true);
      }
      return c.phrasing().invertedQuestion(clause, "How many " + thing, span[0], span[1]);
    }
    if (q.head() == clause.verb()) {
      // "Harbour Rail's profit was £77m": "What was Harbour Rail's profit?", when the rest says whose and of what
      if (!Anchoring.anchored(s, clause.tokens(), q.start(), q.end(), c.facts().entities())) return null;
      return c.phrasing().invertedQuestion(clause, "What", q.start(), q.end());
    }
    // "rose 4%", "paid £5m": the amount is the object; after a preposition ("at 9.1%") a gap asks it better
    String rel = s.relation(q.head());
    if (!rel.equals("obj") && !rel.endsWith("npmod")) return null;
    if (q.kind() == Kind.PERCENT && !CHANGE.contains(lemma)) return null;
    String word = q.kind() == Kind.PERCENT ? "By what percentage" : CHANGE.contains(lemma) ? "By how much" : "How much";
    return c.phrasing().invertedQuestion(clause, word, q.start(), q.end());
  }
}
