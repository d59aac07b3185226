package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.facts.Office;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.QuestionForm;
import org.factdrill.questions.QuestionIds;
import org.factdrill.questions.TrueFalse;

/**
 * "What position does Sergei Lavrov hold?" with other offices of the same family as choices, and
 * its true/false form, false when one office is swapped for another of them.
 */
public final class OfficeOfPerson implements QuestionForm {
  @Override
  public List<Candidate> ask(Context c) {
    var out = new ArrayList<Candidate>();
    List<Office> all = c.facts().ofType(Office.class);
    for (Office o : all) {
      String name = o.person().name();
      String prompt = "What position does " + name + " hold?";
      List<String> wrong = c.distractors().offices(o, all, 3, c.random(prompt));
      if (wrong.size() >= 3) {
        Candidate q = Choices.ask(c, prompt, o.office(), List.of(), wrong, "role", c.source(o.sentence()), o.id(), c.weight(o));
        if (q != null) out.add(q);
      }
      if (!wrong.isEmpty()) {
        boolean truth = c.random("tf:" + o.id()).nextBoolean();
        Office shown = truth ? o : new Office(o.id(), o.sentence(), o.person(), wrong.get(0));
        String statement = "True or false: " + name + " is " + shown.withArticle() + ".";
        if (Prompts.acceptable(statement, null)) {
          out.add(new Candidate(new TrueFalse(QuestionIds.of("true_false", statement, Boolean.toString(truth)), statement, truth, "role",
              c.source(o.sentence()), o.id()), o.id(), c.weight(o) - 1));
        }
      }
    }
    return out;
  }
}
