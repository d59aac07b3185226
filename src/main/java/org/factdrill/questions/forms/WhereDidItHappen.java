package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.facts.Clause;
import org.factdrill.facts.Kind;
import org.factdrill.facts.Slot;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.QuestionForm;

/** "In which city were the talks held?": a clause's place, with places of the same kind as choices. */
public final class WhereDidItHappen implements QuestionForm {
  @Override
  public List<Candidate> ask(Context c) {
    var out = new ArrayList<Candidate>();
    for (Clause clause : c.facts().ofType(Clause.class)) {
      Slot place = clause.slot(Slot.Role.PLACE);
      if (place == null || place.entity() == null || !org.factdrill.questions.Distractors.plausibleAnswer(place.entity())) continue;
      String noun = place.kind() == Kind.CITY ? "city" : place.kind() == Kind.STATE ? "state" : "country";
      String word = (place.normalized().equals("at") ? "At" : "In") + " which " + noun;
      String prompt = Anchoring.workWithItsSort(c, clause, c.phrasing().invertedQuestion(clause, word, place.start(), place.end()));
      if (prompt == null) continue;
      List<String> wrong = c.distractors().named(place.entity(), place.kind(), 3, prompt, c.random(prompt));
      Candidate q = Choices.ask(c, prompt, place.entity().name(), Choices.accept(place.entity()), wrong, "place",
          c.source(clause), clause.id(), c.weight(clause));
      if (q != null) out.add(q);
    }
    return out;
  }
}
