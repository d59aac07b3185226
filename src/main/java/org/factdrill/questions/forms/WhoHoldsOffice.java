package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.facts.Kind;
import org.factdrill.facts.Office;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.QuestionForm;

/** "Who is the Russian Foreign Minister?", with other people of the article as choices. */
public final class WhoHoldsOffice implements QuestionForm {
  @Override
  public List<Candidate> ask(Context c) {
    var out = new ArrayList<Candidate>();
    for (Office o : c.facts().ofType(Office.class)) {
      if (!o.unique()) continue; // "Who is a French musician?" has more answers than one
      String prompt = "Who is " + o.withArticle() + "?";
      List<String> wrong = c.distractors().named(o.person(), Kind.PERSON, 3, prompt, c.random(prompt));
      Candidate q = Choices.ask(c, prompt, o.person().name(), Choices.accept(o.person()), wrong, "person", c.source(o.sentence()),
          o.id(), c.weight(o) + 0.5);
      if (q != null) out.add(q);
    }
    return out;
  }

  /** "the Russian Foreign Minister", but "Russia's foreign minister" as it is. */
  static String the(String office) {
    return office.matches("^\\p{Lu}[\\p{L}.\\- ]*'s? .*") ? office : "the " + office;
  }
}
