package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdrill.facts.Clause;
import org.factdrill.facts.Slot;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.QuestionForm;
import org.factdrill.questions.QuestionIds;

/**
 * "Put these events in the order they happened": three to five clauses with dates of one precision
 * that can be compared (days of known months, or years), each stated without its date.
 */
public final class EventOrder implements QuestionForm {
  @Override
  public List<Candidate> ask(Context c) {
    record Dated(String key, String statement, Clause clause) {}
    var dated = new ArrayList<Dated>();
    for (Clause clause : c.facts().ofType(Clause.class)) {
      Slot d = clause.slot(Slot.Role.DATE);
      if (d == null) continue;
      String key = d.normalized();
      String sentence = c.phrasing().statement(clause, d.start(), d.end(), "");
      if (sentence == null || sentence.split(" ").length > 14) continue;
      String statement = sentence.substring(0, sentence.length() - 1); // items are phrases, not sentences
      if (dated.stream().anyMatch(x -> x.key().equals(key) || x.statement().equals(statement))) continue;
      dated.add(new Dated(key, statement, clause));
    }
    // one precision and one year-or-not, so that every pair can be compared
    var days = dated.stream().filter(x -> x.key().length() == 10 && (x.key().startsWith("XXXX") == dated.get(0).key().startsWith("XXXX")))
        .toList();
    var years = dated.stream().filter(x -> x.key().length() == 4).toList();
    List<Dated> use = days.size() >= 3 ? days : years.size() >= 3 ? years : List.of();
    if (use.isEmpty()) return List.of();
    var sorted = new ArrayList<>(use.subList(0, Math.min(5, use.size())));
    sorted.sort(Comparator.comparing(Dated::key));
    var items = new ArrayList<String>();
    for (Dated x : sorted) items.add(x.statement());
    String prompt = "Put these events in the order they happened, earliest first.";
    String fact = "ordering:" + sorted.get(0).clause().id();
    return List.of(new Candidate(new Ordering(QuestionIds.of("ordering", prompt, items.toString()), prompt, items, "event",
        c.source(sorted.get(0).clause().sentence()), fact), fact, c.weight(sorted.get(0).clause())));
  }
}
