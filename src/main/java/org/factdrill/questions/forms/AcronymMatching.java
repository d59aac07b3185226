package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdrill.facts.Acronym;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.Matching;
import org.factdrill.questions.QuestionForm;
import org.factdrill.questions.QuestionIds;

/**
 * "Match each abbreviation to what it stands for", when the article defines three or more and
 * goes on using them. One expansion alone ("What does GM stand for?") is trivia a reader knows
 * without the article (raters rejected it under rule 5); a set of them is a vocabulary the story
 * asks its reader to keep.
 */
public final class AcronymMatching implements QuestionForm {
  static final int MIN_PAIRS = 3;
  static final int MAX_PAIRS = 5;

  @Override
  public List<Candidate> ask(Context c) {
    Map<String, Acronym> used = new LinkedHashMap<>();
    for (Acronym a : c.facts().ofType(Acronym.class)) {
      // initials the article defines and never uses again are a detail, not part of its vocabulary
      long uses = c.facts().article().sentences().stream().filter(x -> x.index() > a.sentence())
          .filter(x -> x.tokens().stream().anyMatch(t -> t.text().equals(a.shortForm()))).count();
      if (uses > 0) used.putIfAbsent(a.shortForm(), a);
    }
    if (used.size() < MIN_PAIRS) return List.of();
    var acronyms = new ArrayList<>(used.values());
    acronyms.sort(Comparator.comparingDouble(c::weight).reversed());
    var pairs = new ArrayList<Matching.Pair>();
    for (Acronym a : acronyms.subList(0, Math.min(MAX_PAIRS, acronyms.size()))) pairs.add(new Matching.Pair(a.shortForm(), a.longForm()));
    String prompt = "Match each abbreviation to what it stands for.";
    Acronym first = acronyms.get(0);
    String fact = "matching:" + first.id();
    return List.of(new Candidate(new Matching(QuestionIds.of("matching", prompt, pairs.toString()), prompt, pairs, "organization",
        c.source(first.sentence()), fact), fact, c.weight(first) - 0.5));
  }
}
