package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.factdrill.facts.Clause;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.QuestionForm;
import org.factdrill.questions.QuestionIds;

/**
 * "Which of these statements are true?": short statements of the article's most important clauses,
 * two or three as the article says them and two with one name, date or sum changed, as in a
 * true/false question. One per bank: it reviews the story as a whole.
 */
public final class TrueStatements implements QuestionForm {
  /** Longer statements make a choice list hard to read (and the grid of an importer too wide). */
  static final int MAX_STATEMENT = 90;

  @Override
  public List<Candidate> ask(Context c) {
    var clauses = new ArrayList<>(c.facts().ofType(Clause.class));
    clauses.sort(Comparator.comparingDouble(c::weight).reversed());
    var right = new ArrayList<String>();
    var wrong = new ArrayList<String>();
    var used = new ArrayList<Integer>();
    for (Clause clause : clauses) {
      if (right.size() >= 3 && wrong.size() >= 2) break;
      if (used.contains(clause.sentence())) continue; // one statement per sentence: two would give each other away
      boolean truth = right.size() < 3 && (wrong.size() >= 2 || c.random("statements:" + clause.id()).nextBoolean());
      String s = TrueOrFalse.statement(c, clause, truth);
      if (s == null || s.length() > MAX_STATEMENT) continue;
      s = s.substring(0, s.length() - 1); // choices are not sentences of their own
      (truth ? right : wrong).add(s);
      used.add(clause.sentence());
    }
    if (right.size() < 2 || wrong.size() < 2) return List.of();
    var choices = new ArrayList<String>(right);
    choices.addAll(wrong);
    String prompt = "Which of these statements are true? (Select all that apply.)";
    Collections.shuffle(choices, c.random("order:" + choices));
    Clause first = clauses.get(0);
    String fact = "statements:" + first.id();
    return List.of(new Candidate(new MultiSelect(QuestionIds.of("multi_select", prompt, right.toString()), prompt, right, choices,
        "event", c.source(first.sentence()), fact), fact, c.weight(first) - 1.5));
  }
}
