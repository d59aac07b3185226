package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.facts.Clause;
import org.factdrill.facts.Kind;
import org.factdrill.facts.Slot;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.QuestionForm;

/**
 * "Which organisation adopted Resolution 1973 on March 17?": the doer of a clause (its subject, or the
 * agent of a passive), asked by its kind.
 */
public final class WhoDidIt implements QuestionForm {
  @Override
  public List<Candidate> ask(Context c) {
    var out = new ArrayList<Candidate>();
    for (Clause clause : c.facts().ofType(Clause.class)) {
      // "Which organisation adopted Resolution 1973?": the subject; "Who won the prize?" from "the prize was won by
      // Amina Wekesa": a passive's doer, asked in the active
      Candidate bySubject = ask(c, clause, clause.subject(), null);
      if (bySubject != null) out.add(bySubject);
      Slot agent = clause.slot(Slot.Role.AGENT);
      Candidate byAgent = agent == null ? null : ask(c, clause, agent, agent);
      if (byAgent != null) out.add(byAgent);
    }
    return out;
  }

  /** Verbs that say someone was among those at an event, not what they did there. */
  private static final java.util.Set<String> PARTICIPATING = java.util.Set.of("compete", "run", "race", "participate", "feature");

  /**
   * Whether the clause only says its subject took part ("ran in Mombasa", "will take part in the Coastal
   * Run"): with an object ("ran the fastest 400m") it says what they did, and one of them did it.
   */
  static boolean takingPart(Clause clause) {
    var s = clause.parse();
    String verb = s.token(clause.verb()).lemma().toLowerCase(java.util.Locale.ROOT);
    // "The cafe is run by Tom Hale": a passive's verb has its object as its subject
    if (!s.children(clause.verb(), "aux:pass").isEmpty()) return false;
    var objects = s.children(clause.verb(), "obj");
    if (verb.equals("take")) return objects.size() == 1 && s.token(objects.get(0)).text().equalsIgnoreCase("part");
    return PARTICIPATING.contains(verb) && objects.isEmpty();
  }

  /** The question for the clause's doer: its subject, or its passive's agent ({@code agent} not null). */
  private static Candidate ask(Context c, Clause clause, Slot doer, Slot agent) {
    if (doer.entity() == null || !doer.kind().isNamed() || doer.kind() == Kind.PLACE) return null;
    if (!org.factdrill.questions.Distractors.plausibleAnswer(doer.entity()) || Anchoring.sideCharacter(doer.entity(), c.facts().article())
        || c.facts().entities().cutName(doer.entity())) {
      return null;
    }
    if (!clause.parse().children(doer.head(), "conj").isEmpty()) return null; // a list: SelectAll asks it
    // "Who will start as one of the favourites?": the other favourites answer it as well
    if (Anchoring.oneOfSeveral(clause.parse(), clause.verb())) return null;
    // "Who ran in Mombasa at the 2019 Coastal Games?": many took part in the same event, and each answers it
    if (takingPart(clause)) return null;
    // "Who is the best writer?": a copula asks for a judgement or a description, offices ask better
    if (!clause.parse().children(clause.verb(), "cop").isEmpty()) return null;
    // "Which novel is set in colonial Mombasa?": where a work is set or what it is based on describes it, and many
    // works share the description (raters rejected such a question in three samples); the statement about it stays
    if (doer.kind() == Kind.WORK && !clause.parse().children(clause.verb(), "aux:pass").isEmpty()
        && java.util.Set.of("set", "base").contains(clause.parse().token(clause.verb()).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    // "Which striker joined Riverside United in 2019?" says more than "Who ...?" and gives nothing away
    String role = doer.kind() == Kind.PERSON || doer.kind() == Kind.WORK ? c.distractors().roleOf(doer.entity()) : null;
    // a work is asked by what sort it is ("Which novel"), never as a "work"
    if (doer.kind() == Kind.WORK && role == null) return null;
    String word = role != null ? "Which " + role : Choices.askedAs(doer.entity());
    String prompt = agent == null ? c.phrasing().subjectQuestion(clause, word, false) : c.phrasing().agentQuestion(clause, agent, word);
    if (prompt == null || !Anchoring.anchored(clause, c.facts().entities())) return null;
    List<String> wrong = c.distractors().named(doer.entity(), doer.kind(), 3, prompt, c.random(prompt));
    // "HRG", where the article says "Harbour Rail Group (HRG)": the answer is the name in full, the initials accepted
    String answer = Choices.inFull(c, doer.entity().name());
    var accept = new java.util.ArrayList<>(Choices.accept(doer.entity()));
    if (!answer.equals(doer.entity().name())) accept.add(doer.entity().name());
    return Choices.ask(c, prompt, answer, accept, wrong, doer.kind().wireName(), c.source(clause), clause.id(), c.weight(clause) + 0.5);
  }
}
