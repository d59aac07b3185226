package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.facts.Acronym;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.QuestionForm;
import org.factdrill.questions.QuestionIds;
import org.factdrill.questions.ShortAnswer;

/** "What does CSTO stand for?": typed, since the initials already narrow the answer to one. */
public final class AcronymMeaning implements QuestionForm {
  @Override
  public List<Candidate> ask(Context c) {
    var out = new ArrayList<Candidate>();
    for (Acronym a : c.facts().ofType(Acronym.class)) {
      // initials the article defines and never uses again are a detail; ones it goes on using are worth knowing
      long uses = c.facts().article().sentences().stream().filter(x -> x.index() > a.sentence())
          .filter(x -> x.tokens().stream().anyMatch(t -> t.text().equals(a.shortForm()))).count();
      if (uses == 0) continue;
      // and only the organisation the story is about (named in the headline or the lead): others' initials are trivia
      var headline = c.facts().article().headline();
      // raters call the expansion of any other organisation's initials trivia (rubric rule 5)
      boolean central = headline != null && (headline.text().contains(a.shortForm()) || headline.text().contains(a.longForm()));
      if (!central) continue;
      String prompt = "What does " + a.shortForm() + " stand for?";
      var accept = new ArrayList<String>();
      if (a.longForm().contains("Organisation")) accept.add(a.longForm().replace("Organisation", "Organization"));
      if (a.longForm().contains("Organization")) accept.add(a.longForm().replace("Organization", "Organisation"));
      out.add(new Candidate(new ShortAnswer(QuestionIds.of("short_answer", prompt, a.longForm()), prompt, a.longForm(), accept,
          "organization", c.source(a.sentence()), a.id()), a.id(), c.weight(a)));
    }
    return out;
  }
}
