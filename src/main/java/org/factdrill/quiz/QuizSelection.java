package org.factdrill.quiz;

import java.util.ArrayList;
import java.util.Collection;
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
    // tier: which third of its bank the question stands in (a generated bank lists the most important first)
    record Candidate(Question question, String bankId, int tier) {}
    int total = 0;
    for (QuestionBank bank : banks) total += bank.questions().size();
    var picked = new ArrayList<Candidate>(total);
    // Sized for every question at once: growing it step by step was most of the time on a large bank.
    var seen = new HashSet<String>(Math.max(16, (int) (total / 0.75f) + 1));
    for (QuestionBank bank : banks) {
      List<Question> questions = bank.questions();
      for (int at = 0; at < questions.size(); at++) {
        Question q = questions.get(at);
        // The same question in two banks (a copied file) is asked once.
        if (wanted.test(q) && seen.add(q.id())) picked.add(new Candidate(q, bank.id(), at * 3 / questions.size()));
      }
    }
    int[] order = shuffledPositions(picked.size(), random);
    boolean generated = false;
    for (Candidate c : picked) generated |= c.question().fact() != null;
    if (generated) order = importantFirst(order, picked.size(), i -> picked.get(i).tier());
    int limit = count.isPresent() ? Math.min(count.get(), picked.size()) : picked.size();
    var out = new ArrayList<QuizItem>(limit);
    var asked = new ArrayList<Question>();
    for (int i = 0; i < picked.size() && out.size() < limit; i++) {
      Candidate c = picked.get(order[i]);
      if (generated && givesAwayOrRepeats(c.question(), c.bankId(), asked, out)) continue;
      asked.add(c.question());
      out.add(new QuizItem(c.question(), c.bankId(), OptionOrder.shuffled(c.question(), random)));
    }
    return out;
  }

  /**
   * A generated bank lists its questions most important first: the first third of each bank comes
   * before the second, the second before the last, each third in the shuffled order.
   */
  private static int[] importantFirst(int[] order, int n, java.util.function.IntUnaryOperator tierOf) {
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) boxed[i] = order[i];
    java.util.Arrays.sort(boxed, java.util.Comparator.comparingInt(tierOf::applyAsInt)); // stable: the shuffle within a tier stays
    int[] out = new int[n];
    for (int i = 0; i < n; i++) out[i] = boxed[i];
    return out;
  }

  /**
   * Whether asking {@code q} after {@code asked} would repeat a fact, or give an answer away: one
   * question per fact, one per source sentence of a bank (its feedback shows that sentence), and no
   * prompt that holds another question's answer.
   */
  static boolean givesAwayOrRepeats(Question q, String bankId, List<Question> asked, List<QuizItem> items) {
    for (int k = 0; k < asked.size(); k++) {
      Question a = asked.get(k);
      boolean sameBank = items.get(k).bankId().equals(bankId);
      if (q.fact() != null && sameBank && q.fact().equals(a.fact())) return true;
      if (sameBank && q.fact() != null && a.fact() != null && q.source().sentence() == a.source().sentence()) return true;
      if (holds(q.prompt(), a.answerText()) || holds(a.prompt(), q.answerText())) return true;
    }
    return false;
  }

  private static boolean holds(String prompt, String answer) {
    if (answer.length() < 4 || answer.equals("true") || answer.equals("false")) return false;
    return prompt.toLowerCase(java.util.Locale.ROOT).contains(answer.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Positions 0..n-1 in the order {@code Collections.shuffle(list, random)} puts a list of n: the same
   * swaps from the same draws, so a --seed gives the quiz it always gave, but on an int array, which
   * on a bank of 100,000 questions is several times quicker than swapping the list itself.
   */
  static int[] shuffledPositions(int n, Random random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    for (int i = n; i > 1; i--) {
      int j = random.nextInt(i);
      int kept = order[i - 1];
      order[i - 1] = order[j];
      order[j] = kept;
    }
    return order;
  }
}
