package org.factdrill.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.article.Regex;

/**
 * Keeps the questions worth asking: best first, at most two per fact, no near-duplicates (two
 * prompts sharing most of their words, or the same answer asked from the same sentence the same way).
 * The bank is then put back in article order, so a quiz follows the article.
 */
final class Ranking {
  private Ranking() {}

  static final int MAX_QUESTIONS = 40;
  static final int PER_FACT = 2;

  static List<Question> select(List<QuestionGenerator.Candidate> candidates) {
    var sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingDouble(QuestionGenerator.Candidate::score).reversed()
        .thenComparing(c -> c.question().id()));
    var kept = new ArrayList<QuestionGenerator.Candidate>();
    Map<String, Integer> perFact = new HashMap<>();
    Set<String> ids = new HashSet<>();
    // each kept question is compared with every later candidate: split each prompt into words once
    Map<String, Set<String>> words = new HashMap<>();
    java.util.function.Function<String, Set<String>> wordsOf = prompt -> words.computeIfAbsent(prompt, Ranking::words);
    for (var c : sorted) {
      if (kept.size() >= MAX_QUESTIONS) break;
      if (!ids.add(c.question().id())) continue;
      String factFamily = Regex.replaceAll(c.fact(), "-(typed|tf)(?=:)", "");
      // who holds a role and which role someone holds are one fact asked two ways: ask it once
      int limit = factFamily.startsWith("role:") ? 1 : PER_FACT;
      if (perFact.getOrDefault(factFamily, 0) >= limit) continue;
      // one gap per sentence: two cloze questions on one sentence give each other away
      if (c.question().isCloze() && kept.stream().anyMatch(k -> k.question().isCloze()
          && k.question().source().sentence() == c.question().source().sentence())) {
        continue;
      }
      if (kept.stream().anyMatch(k -> nearDuplicate(k.question(), c.question(), wordsOf))) continue;
      kept.add(c);
      perFact.merge(factFamily, 1, Integer::sum);
    }
    kept.sort(Comparator.comparingInt((QuestionGenerator.Candidate c) -> c.question().source().sentence())
        .thenComparing(c -> -c.score()).thenComparing(c -> c.question().id()));
    var out = new ArrayList<Question>();
    for (var c : kept) out.add(c.question());
    return out;
  }

  static boolean nearDuplicate(Question a, Question b) {
    return nearDuplicate(a, b, Ranking::words);
  }

  private static boolean nearDuplicate(Question a, Question b, java.util.function.Function<String, Set<String>> words) {
    if (a.prompt().equalsIgnoreCase(b.prompt())) return true;
    if (a.type() == b.type() && a.answerText().equalsIgnoreCase(b.answerText()) && a.source().sentence() == b.source().sentence()) {
      return true;
    }
    return a.type() == b.type() && a.kind().equals(b.kind()) && overlap(words.apply(a.prompt()), words.apply(b.prompt())) >= 0.8;
  }

  static Set<String> words(String text) {
    var out = new HashSet<String>();
    for (String w : Regex.split(text.toLowerCase(Locale.ROOT), "[^\\p{L}\\p{N}]+")) if (w.length() > 2) out.add(w);
    return out;
  }

  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) return 0;
    int common = 0; // counted, not collected: this runs for every pair of candidate questions
    for (String w : a) if (b.contains(w)) common++;
    return (double) common / Math.min(a.size(), b.size());
  }
}
