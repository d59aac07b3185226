package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.facts.Clause;
import org.factdrill.facts.Kind;
import org.factdrill.facts.Slot;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.QuestionForm;

/** "Which organisation adopted Resolution 1973 on March 17?": the subject of a clause, asked by its kind. */
public final class WhoDidIt implements QuestionForm {
  /**
   * Whether the clause names something besides its subject (a name, a date, a figure): "Who has
   * apologised to MPs?" says neither what for nor when, and many could be its answer.
   */
  static boolean anchored(Clause clause) {
    return anchored(clause.parse(), clause.tokens(), clause.subject().start(), clause.subject().end());
  }

  /**
   * Whether the tokens outside [from, to) say enough to pick out one event: a name, a date or a
   * figure, or a predicate of five content words or more ("has thrown out a bill that would have
   * allowed software to be patented"). A span of time is no anchor.
   */
  static boolean anchored(org.factdrill.nlp.Sentence s, java.util.Collection<Integer> tokens, int from, int to) {
    int content = 0;
    for (int t : tokens) {
      if (t >= from && t < to) continue;
      var tok = s.token(t);
      String ner = tok.ner();
      // "Ethiopia's ____ set a record": a word of the answer's own phrase says nothing of the event
      boolean ownPhrase = s.head(t) >= from && s.head(t) < to;
      // "last year", "on Thursday": a date only the article's own date places picks out no event
      boolean relative = ner.equals("DATE") && !dated(s, t);
      if (!ownPhrase && !relative && !java.util.Set.of("O", "TITLE", "CAUSE_OF_DEATH", "CRIMINAL_CHARGE", "DURATION", "SET").contains(ner)) {
        return true;
      }
      if (ownPhrase) continue;
      if (tok.isNoun() || tok.pos().startsWith("JJ") || tok.isVerb() && !tok.lemma().equals("be") && !tok.lemma().equals("have")) content++;
    }
    return content >= ANCHORING_WORDS;
  }

  static final int ANCHORING_WORDS = 5;

  /**
   * Whether a person is one the article names once and never comes back to (a co-host, a police
   * officer, an actor being replaced): a side character, whose name is trivia (rubric rule 5; in
   * blind ratings 31% of such answers were accepted, 71% of people named again).
   */
  static boolean sideCharacter(org.factdrill.facts.Entity e) {
    return e.kind() == Kind.PERSON && e.mentions().size() < 2;
  }

  /** Whether the date mention at token {@code t} holds a year, a day's number or a month's name. */
  private static boolean dated(org.factdrill.nlp.Sentence s, int t) {
    var m = s.mentionAt(t);
    String text = m != null ? m.text() : s.token(t).text();
    return text.matches(".*\\d.*") || text.matches("(?i).*\\b(January|February|March|April|May|June|July|August|September|October|November"
        + "|December)\\b.*");
  }

  @Override
  public List<Candidate> ask(Context c) {
    var out = new ArrayList<Candidate>();
    for (Clause clause : c.facts().ofType(Clause.class)) {
      Slot subject = clause.subject();
      if (subject.entity() == null || !subject.kind().isNamed() || subject.kind() == Kind.PLACE) continue;
      if (!org.factdrill.questions.Distractors.plausibleAnswer(subject.entity()) || sideCharacter(subject.entity())) continue;
      if (!clause.parse().children(subject.head(), "conj").isEmpty()) continue; // a list: SelectAll asks it
      // "Who is the best writer?": a copula asks for a judgement or a description, offices ask better
      if (!clause.parse().children(clause.verb(), "cop").isEmpty()) continue;
      // "Which novelist emigrated to Canada in 1947?" says more than "Who ...?" and gives nothing away
      String role = subject.kind() == Kind.PERSON ? c.distractors().roleOf(subject.entity()) : null;
      String word = role != null ? "Which " + role : subject.kind().questionWord();
      String prompt = c.phrasing().subjectQuestion(clause, word, false);
      if (prompt == null || !anchored(clause)) continue;
      List<String> wrong = c.distractors().named(subject.entity(), subject.kind(), 3, prompt, c.random(prompt));
      Candidate q = Choices.ask(c, prompt, subject.entity().name(), Choices.accept(subject.entity()), wrong, subject.kind().wireName(),
          c.source(clause.sentence()), clause.id(), c.weight(clause) + 0.5);
      if (q != null) out.add(q);
    }
    return out;
  }
}
