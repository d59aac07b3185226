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
  @Override
  public List<Candidate> ask(Context c) {
    var out = new ArrayList<Candidate>();
    for (Clause clause : c.facts().ofType(Clause.class)) {
      Slot subject = clause.subject();
      if (subject.entity() == null || !subject.kind().isNamed() || subject.kind() == Kind.PLACE) continue;
      if (!org.factdrill.questions.Distractors.plausibleAnswer(subject.entity()) || Anchoring.sideCharacter(subject.entity(), c.facts().article())
          || c.facts().entities().cutName(subject.entity())) {
        continue;
      }
      if (!clause.parse().children(subject.head(), "conj").isEmpty()) continue; // a list: SelectAll asks it
      // "Who will start as one of the favourites?": the other favourites answer it as well
      if (Anchoring.oneOfSeveral(clause.parse(), clause.verb())) continue;
      // "Who is the best writer?": a copula asks for a judgement or a description, offices ask better
      if (!clause.parse().children(clause.verb(), "cop").isEmpty()) continue;
      // "Which striker joined Riverside United in 2019?" says more than "Who ...?" and gives nothing away
      String role = subject.kind() == Kind.PERSON || subject.kind() == Kind.WORK ? c.distractors().roleOf(subject.entity()) : null;
      // a work is asked by what sort it is ("Which novel"), never as a "work"
      if (subject.kind() == Kind.WORK && role == null) continue;
      String word = role != null ? "Which " + role : Choices.askedAs(subject.entity());
      String prompt = c.phrasing().subjectQuestion(clause, word, false);
      if (prompt == null || !Anchoring.anchored(clause, c.facts().entities())) continue;
      List<String> wrong = c.distractors().named(subject.entity(), subject.kind(), 3, prompt, c.random(prompt));
      // "HRG", where the article says "Harbour Rail Group (HRG)": the answer is the name in full, the initials accepted
      String answer = Choices.inFull(c, subject.entity().name());
      var accept = new java.util.ArrayList<>(Choices.accept(subject.entity()));
      if (!answer.equals(subject.entity().name())) accept.add(subject.entity().name());
      Candidate q = Choices.ask(c, prompt, answer, accept, wrong, subject.kind().wireName(),
          c.source(clause), clause.id(), c.weight(clause) + 0.5);
      if (q != null) out.add(q);
    }
    return out;
  }
}
