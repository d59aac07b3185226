package org.factdrill.quiz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionType;

/**
 * Which questions a quiz asks, in which order, with which option order: filtered by type (and by
 * id, for "the ones I got wrong"), shuffled with the randomness given, cut to the number asked.
 *
 * @param count how many questions at most (empty: all that pass the filters)
 * @param types the types wanted (empty: every type)
 * @param onlyIds when present, only these questions
 */
public record QuizSelection(Optional<Integer> count, Set<QuestionType> types, Optional<Set<String>> onlyIds) {

  public QuizSelection {
    Objects.requireNonNull(count, "count");
    count.ifPresent(n -> {
      if (n < 1) throw new IllegalArgumentException("count must be at least 1, was " + n);
    });
    types = Set.copyOf(types);
    onlyIds = onlyIds.map(Set::copyOf);
  }

  public static QuizSelection all() {
    return new QuizSelection(Optional.empty(), Set.of(), Optional.empty());
  }

  public QuizSelection withCount(int n) {
    return new QuizSelection(Optional.of(n), types, onlyIds);
  }

  public QuizSelection withTypes(Collection<QuestionType> wanted) {
    return new QuizSelection(count, new HashSet<>(wanted), onlyIds);
  }

  public QuizSelection withOnlyIds(Collection<String> ids) {
    return new QuizSelection(count, types, Optional.of(new HashSet<>(ids)));
  }

  /** The questions chosen and shuffled; options shuffled too. Empty when none passes the filters. */
  public List<QuizItem> choose(List<QuestionBank> banks, Random random) {
    Predicate<Question> wanted = q -> (types.isEmpty() || types.contains(q.type()))
        && onlyIds.map(ids -> ids.contains(q.id())).orElse(true);
    record Candidate(Question question, String bankId) {}
    var picked = new ArrayList<Candidate>();
    var seen = new HashSet<String>();
    for (QuestionBank bank : banks) {
      for (Question q : bank.questions()) {
        // The same question in two banks (a copied file) is asked once.
        if (wanted.test(q) && seen.add(q.id())) picked.add(new Candidate(q, bank.id()));
      }
    }
    Collections.shuffle(picked, random);
    List<Candidate> cut = count.isPresent() && count.get() < picked.size() ? picked.subList(0, count.get()) : picked;
    var out = new ArrayList<QuizItem>(cut.size());
    for (Candidate c : cut) out.add(new QuizItem(c.question(), c.bankId(), OptionOrder.shuffled(c.question(), random)));
    return out;
  }
}
