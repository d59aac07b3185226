package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdrill.facts.Clause;
import org.factdrill.facts.Kind;
import org.factdrill.facts.Slot;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.QuestionForm;

/**
 * The named object of a clause: "Which company did Tesco buy?", "Who did Ban meet?", "Which
 * resolution did the UN Security Council adopt on March 17?".
 */
public final class WhichThing implements QuestionForm {
  @Override
  public List<Candidate> ask(Context c) {
    var out = new ArrayList<Candidate>();
    for (Clause clause : c.facts().ofType(Clause.class)) {
      Slot object = clause.slot(Slot.Role.OBJECT);
      if (object == null || !clause.parse().children(object.head(), "conj").isEmpty()) continue;
      if (object.kind() == Kind.DOCUMENT) {
        String doc = clause.parse().token(object.head()).text().toLowerCase(Locale.ROOT);
        String prompt = c.phrasing().invertedQuestion(clause, "Which " + doc, object.start(), object.end());
        if (prompt == null) continue;
        String prefix = object.answer().substring(0, object.answer().lastIndexOf(' ') + 1);
        var wrong = new ArrayList<String>();
        for (String n : c.distractors().dates(object.normalized(), object.normalized(), 3, c.random(prompt))) wrong.add(prefix + n);
        if (!object.normalized().matches("\\d{4}")) wrong.clear();
        for (String n : c.distractors().quantities(object.normalized(), Kind.NUMBER, 3, c.random(prompt))) {
          if (wrong.size() < 3) wrong.add(prefix + n);
        }
        Candidate q = Choices.ask(c, prompt, object.answer(), List.of(object.normalized()), wrong, "document",
            c.source(clause), clause.id(), c.weight(clause) + 0.4);
        if (q != null) out.add(q);
        continue;
      }
      if (object.entity() == null || object.kind() == Kind.PLACE) continue;
      if (!org.factdrill.questions.Distractors.plausibleAnswer(object.entity())) continue;
      String word = object.kind() == Kind.PERSON ? "Who" : Choices.askedAs(object.entity());
      String prompt = c.phrasing().invertedQuestion(clause, word, object.start(), object.end());
      if (prompt == null) continue;
      List<String> wrong = c.distractors().named(object.entity(), object.kind(), 3, prompt, c.random(prompt));
      Candidate q = Choices.ask(c, prompt, object.entity().name(), Choices.accept(object.entity()), wrong, object.kind().wireName(),
          c.source(clause), clause.id(), c.weight(clause));
      if (q != null) out.add(q);
    }
    return out;
  }
}
