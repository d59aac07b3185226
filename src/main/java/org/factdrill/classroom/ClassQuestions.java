package org.factdrill.classroom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionType;

/**
 * Picks the questions of a class quiz from banks: only the types asked for, each question once
 * (the same question in two banks counts once), taken in turn from each bank so that every article
 * is represented, then put in a random order. The randomness is passed in, so a seed gives the
 * same quiz again.
 */
public final class ClassQuestions {
  private ClassQuestions() {}

  /** What was picked, and how many questions could have been (to tell a teacher who asked for more). */
  public record Picked(List<Question> questions, int available) {}

  public static Picked pick(List<QuestionBank> banks, int n, Set<QuestionType> types, Random random) {
    if (n < 1) throw new IllegalArgumentException("the number of questions must be at least 1, was " + n);
    var seen = new HashSet<String>();
    Map<String, List<Question>> byBank = new LinkedHashMap<>();
    int available = 0;
    for (QuestionBank bank : banks) {
      var eligible = new ArrayList<Question>();
      for (Question q : bank.questions()) {
        if ((types.isEmpty() || types.contains(q.type())) && seen.add(q.id())) eligible.add(q);
      }
      Collections.shuffle(eligible, random);
      byBank.computeIfAbsent(bank.id(), k -> new ArrayList<>()).addAll(eligible);
      available += eligible.size();
    }
    var queues = new ArrayList<List<Question>>(byBank.values());
    var picked = new ArrayList<Question>();
    int round = 0;
    while (picked.size() < n && picked.size() < available) {
      for (List<Question> queue : queues) {
        if (picked.size() == n) break;
        if (round < queue.size()) picked.add(queue.get(round));
      }
      round++;
    }
    Collections.shuffle(picked, random);
    return new Picked(List.copyOf(picked), available);
  }
}
