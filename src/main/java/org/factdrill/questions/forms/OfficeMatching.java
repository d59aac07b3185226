package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdrill.facts.Office;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.Matching;
import org.factdrill.questions.QuestionForm;
import org.factdrill.questions.QuestionIds;

/** "Match each person to their position": three to five people of the article and their offices. */
public final class OfficeMatching implements QuestionForm {
  @Override
  public List<Candidate> ask(Context c) {
    var offices = new ArrayList<>(c.facts().ofType(Office.class));
    if (offices.size() < 3) return List.of();
    offices.sort(Comparator.comparingDouble(c::weight).reversed());
    var pairs = new ArrayList<Matching.Pair>();
    for (Office o : offices.subList(0, Math.min(5, offices.size()))) pairs.add(new Matching.Pair(o.person().name(), o.office()));
    String prompt = "Match each person to their position.";
    Office first = offices.get(0);
    String fact = "matching:" + first.id();
    return List.of(new Candidate(new Matching(QuestionIds.of("matching", prompt, pairs.toString()), prompt, pairs, "role",
        c.source(first.sentence()), fact), fact, c.weight(first) - 0.5));
  }
}
