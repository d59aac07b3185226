package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.factdrill.facts.Clause;
import org.factdrill.facts.Entity;
import org.factdrill.facts.Listing;
import org.factdrill.facts.Slot;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.QuestionForm;
import org.factdrill.questions.QuestionIds;

/** "Which countries launched a military operation in Libya? (Select all that apply.)" from a list of names. */
public final class SelectAll implements QuestionForm {
  @Override
  public List<Candidate> ask(Context c) {
    var out = new ArrayList<Candidate>();
    for (Listing l : c.facts().ofType(Listing.class)) {
      Clause clause = l.clause();
      String prompt;
      if (l.slot().role() == Slot.Role.SUBJECT) {
        prompt = c.phrasing().subjectQuestion(clause, l.kind().pluralQuestionWord(), true);
      } else {
        String word = l.kind() == org.factdrill.facts.Kind.PERSON ? "Who" : l.kind().pluralQuestionWord();
        prompt = c.phrasing().invertedQuestion(clause, word, l.slot().start(), l.slot().end());
      }
      if (prompt == null || prompt.split(" ").length < 5) continue; // "Who will take part?" says too little
      prompt = prompt + " (Select all that apply.)";
      var answers = new ArrayList<String>();
      for (Entity e : l.members()) answers.add(e.name());
      if (!Prompts.acceptable(prompt.replace(" (Select all that apply.)", ""), null)) continue;
      boolean given = false;
      for (String a : answers) if (prompt.contains(a)) given = true;
      if (given) continue;
      var wrong = new ArrayList<String>();
      for (String w : c.distractors().named(l.members().get(0), l.kind(), 3 + answers.size(), prompt, c.random(prompt))) {
        if (!answers.contains(w) && wrong.size() < Math.max(2, 5 - answers.size())) wrong.add(w);
      }
      if (wrong.size() < 2) continue;
      var choices = new ArrayList<String>(answers);
      choices.addAll(wrong);
      Collections.shuffle(choices, c.random("order:" + prompt));
      out.add(new Candidate(new MultiSelect(QuestionIds.of("multi_select", prompt, answers.toString()), prompt, answers, choices,
          l.kind().wireName(), c.source(l.sentence()), l.id()), l.id(), c.weight(l) + 0.5));
    }
    return out;
  }
}
