package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.facts.Clause;
import org.factdrill.facts.Slot;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.QuestionForm;

/**
 * "On what date did the UN Security Council adopt Resolution 1973?": the clause's date, asked with
 * the words its precision calls for (a day, a month, a year), with dates of the same precision.
 */
public final class WhenDidItHappen implements QuestionForm {
  @Override
  public List<Candidate> ask(Context c) {
    var out = new ArrayList<Candidate>();
    for (Clause clause : c.facts().ofType(Clause.class)) {
      Slot date = clause.slot(Slot.Role.DATE);
      if (date == null) continue;
      String norm = date.normalized();
      // "has been in service in 2001" means since then: a perfect tense makes "in what year" the wrong question
      var parse = clause.parse();
      if (parse.children(clause.verb(), "aux").stream().anyMatch(a -> parse.token(a).lemma().equals("have"))) continue;
      String word = norm.length() == 4 ? "In what year" : norm.length() == 7 ? "In which month" : "On what date";
      String prompt = Anchoring.workWithItsSort(c, clause, c.phrasing().invertedQuestion(clause, word, date.start(), date.end()));
      if (prompt == null) continue;
      List<String> wrong = c.distractors().dates(date.answer(), norm, 3, c.random(prompt));
      Candidate q = Choices.ask(c, prompt, date.answer(), List.of(), wrong, "date", c.source(clause), clause.id(),
          c.weight(clause) + 0.3);
      if (q != null) out.add(q);
    }
    return out;
  }
}
