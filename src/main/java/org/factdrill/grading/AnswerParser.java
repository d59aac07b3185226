package org.factdrill.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.questions.Matching;
import org.factdrill.questions.Question;

/**
 * Turns one line of typed input into an {@link Answer}, given the options as they were shown
 * (choices for multiple choice and multi-select, "True"/"False" for true/false, items for
 * ordering, right-hand items for matching; the left-hand items of matching are numbered in the
 * question's order). Pure; used by plain mode and by the typed fallbacks of the interactive screens.
 *
 * <p>An option is named by its letter (a, b...), its number (1, 2...) or its text. When the options
 * are themselves numbers ("2", "3", "4"), typing one means that option, not the option in that place.
 * Multiple choice input that names no option is kept as typed text, so the grader can accept an
 * alias or a small typo of the right choice ("Medvedv"). Invalid input gets one line saying what is
 * expected.
 */
public final class AnswerParser {
  private AnswerParser() {}

  /** The parsed answer, or a one-line message saying what input is expected. */
  public sealed interface Result {
    record Parsed(Answer answer) implements Result {}

    record Invalid(String message) implements Result {}
  }

  private static final List<String> TRUE_FALSE = List.of("True", "False");
  private static final Pattern INDEX_LIKE = Pattern.compile("[a-z]|\\d{1,2}");
  private static final Pattern PAIR = Pattern.compile("(\\d{1,2})\\s*[-:=>.)]?\\s*([a-z])(?![a-z])");
  private static final Pattern PAIR_SEPARATORS = Pattern.compile("[\\s,;]*");

  public static Result parse(Question q, List<String> shown, String input) {
    return parse(q.type(), q instanceof Matching m ? m.lefts() : List.of(), shown, input);
  }

  /**
   * The same reading from what a question shows alone, its type, the left items of a matching
   * question and the options as shown: for a class quiz's paper, which has no answers to build a
   * {@link Question} from.
   */
  public static Result parse(org.factdrill.questions.QuestionType type, List<String> lefts, List<String> shown, String input) {
    String in = input == null ? "" : input.strip();
    if (in.isEmpty()) return new Result.Invalid("type an answer, or :skip");
    return switch (type) {
      case SHORT_ANSWER -> new Result.Parsed(new Answer.Text(in));
      case MULTIPLE_CHOICE -> multipleChoice(shown, in);
      case TRUE_FALSE -> trueFalse(shown.isEmpty() ? TRUE_FALSE : shown, in);
      case MULTI_SELECT -> multiSelect(shown, in);
      case ORDERING -> ordering(shown, in);
      case MATCHING -> matching(lefts, shown, in);
    };
  }

  private static Result multipleChoice(List<String> shown, String in) {
    Optional<Integer> i = pick(shown, in);
    if (i.isPresent()) return parsed(new Answer.Choice(shown.get(i.get())));
    if (INDEX_LIKE.matcher(in.toLowerCase(Locale.ROOT)).matches()) {
      return new Result.Invalid("choose " + range(shown.size()) + ", or type the answer");
    }
    return parsed(new Answer.Text(in));
  }

  private static Result trueFalse(List<String> shown, String in) {
    Optional<Boolean> truth = Grader.truth(in);
    if (truth.isEmpty()) truth = pick(shown, in).flatMap(i -> Grader.truth(shown.get(i)));
    return truth.<Result>map(t -> parsed(new Answer.Choice(t.toString())))
        .orElse(new Result.Invalid("answer true or false (t/f, yes/no, or " + range(shown.size()) + ")"));
  }

  private static Result multiSelect(List<String> shown, String in) {
    String usage = "choose one or more of " + range(shown.size()) + ", e.g. \"a c\" or \"1,3\"";
    Optional<List<Integer>> picked = pickAll(shown, in);
    if (picked.isEmpty()) return new Result.Invalid(unknown(shown, in) + usage);
    var chosen = new LinkedHashSet<String>();
    for (int i : picked.get()) chosen.add(shown.get(i));
    return parsed(new Answer.Choices(chosen));
  }

  private static Result ordering(List<String> shown, String in) {
    int n = shown.size();
    String usage = "give each of " + numbers(n) + " once, in order, e.g. \"" + example(n) + "\"";
    Optional<List<Integer>> picked = pickAll(shown, in);
    if (picked.isEmpty()) return new Result.Invalid(unknown(shown, in) + usage);
    var order = new ArrayList<String>();
    for (int i : picked.get()) {
      if (order.contains(shown.get(i))) return new Result.Invalid("item " + (i + 1) + " is given twice: " + usage);
      order.add(shown.get(i));
    }
    for (int i = 0; i < n; i++) {
      if (!order.contains(shown.get(i))) return new Result.Invalid("item " + (i + 1) + " is missing: " + usage);
    }
    return parsed(new Answer.Order(order));
  }

  /**
   * Matching input: pairs of a left item's number and a right item's letter ("1b 2a 3c",
   * "1-b, 2-a", "1:b"), or just the letters for items 1, 2, 3... in order ("b a c", "bac").
   */
  static Result matching(List<String> lefts, List<String> rights, String input) {
    int n = lefts.size();
    String in = input.strip().toLowerCase(Locale.ROOT);
    String usage = "pair each of " + numbers(n) + " with a letter " + letters(rights.size()) + ", e.g. \""
        + pairsExample(n) + "\"";
    var letterByLeft = new LinkedHashMap<Integer, Integer>();
    Matcher m = PAIR.matcher(in);
    int end = 0;
    boolean pairs = false;
    while (m.find() && PAIR_SEPARATORS.matcher(in.substring(end, m.start())).matches()) {
      pairs = true;
      int left = Integer.parseInt(m.group(1)) - 1;
      int right = m.group(2).charAt(0) - 'a';
      if (left < 0 || left >= n) return new Result.Invalid("there is no item " + (left + 1) + ": " + usage);
      if (right >= rights.size()) return new Result.Invalid("there is no letter " + m.group(2) + ": " + usage);
      if (letterByLeft.containsKey(left)) return new Result.Invalid("item " + (left + 1) + " is paired twice: " + usage);
      letterByLeft.put(left, right);
      end = m.end();
    }
    if (pairs && !PAIR_SEPARATORS.matcher(in.substring(end)).matches()) return new Result.Invalid(usage);
    if (!pairs) {
      String letters = in.replaceAll("[\\s,;]+", "");
      if (!letters.matches("[a-z]+") || letters.length() != n) return new Result.Invalid(usage);
      for (int i = 0; i < n; i++) {
        int right = letters.charAt(i) - 'a';
        if (right >= rights.size()) return new Result.Invalid("there is no letter " + letters.charAt(i) + ": " + usage);
        letterByLeft.put(i, right);
      }
    }
    var used = new LinkedHashMap<Integer, Integer>();
    for (Map.Entry<Integer, Integer> e : letterByLeft.entrySet()) {
      Integer before = used.put(e.getValue(), e.getKey());
      if (before != null) {
        return new Result.Invalid("letter " + (char) ('a' + e.getValue()) + " is used for items " + (before + 1) + " and "
            + (e.getKey() + 1) + ": " + usage);
      }
    }
    for (int i = 0; i < n; i++) {
      if (!letterByLeft.containsKey(i)) return new Result.Invalid("item " + (i + 1) + " has no letter: " + usage);
    }
    var rightByLeft = new LinkedHashMap<String, String>();
    for (int i = 0; i < n; i++) rightByLeft.put(lefts.get(i), rights.get(letterByLeft.get(i)));
    return parsed(new Answer.Pairs(rightByLeft));
  }

  /**
   * Several options: separated by commas ("France, the US") when every part names one, else by
   * spaces and commas ("a c", "1,3", "2 1 3"), else run together ("ac", "213") when every
   * character names one.
   */
  private static Optional<List<Integer>> pickAll(List<String> shown, String in) {
    for (String separators : List.of("\\s*[,;>]\\s*", "[\\s,;>]+")) {
      Optional<List<Integer>> all = pickEach(shown, in.split(separators));
      if (all.isPresent()) return all;
    }
    String compact = in.toLowerCase(Locale.ROOT);
    if (compact.matches("[a-z]+|\\d+") && compact.length() <= shown.size() && shown.size() <= 9) {
      return pickEach(shown, compact.split(""));
    }
    return Optional.empty();
  }

  private static Optional<List<Integer>> pickEach(List<String> shown, String[] parts) {
    var out = new ArrayList<Integer>();
    for (String p : parts) {
      if (p.isBlank()) continue;
      Optional<Integer> i = pick(shown, p);
      if (i.isEmpty()) return Optional.empty();
      out.add(i.get());
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }

  /** A choice by its text, letter (a, b...) or number (1, 2...). */
  static Optional<Integer> pick(List<String> shown, String token) {
    String t = token.strip().toLowerCase(Locale.ROOT);
    String folded = Grader.fold(token);
    if (folded.isEmpty()) return Optional.empty();
    for (int i = 0; i < shown.size(); i++) if (Grader.fold(shown.get(i)).equals(folded)) return Optional.of(i);
    if (t.length() == 1 && t.charAt(0) >= 'a' && t.charAt(0) < 'a' + shown.size()) return Optional.of(t.charAt(0) - 'a');
    if (t.matches("\\d{1,3}")) {
      int n = Integer.parseInt(t);
      if (n >= 1 && n <= shown.size()) return Optional.of(n - 1);
    }
    String key = Phrase.of(token).key();
    for (int i = 0; i < shown.size(); i++) if (Phrase.of(shown.get(i)).key().equals(key)) return Optional.of(i);
    return Optional.empty();
  }

  /** Names the first part of the input that is no option, to start an Invalid message; empty if none stands out. */
  private static String unknown(List<String> shown, String in) {
    for (String p : in.split("[\\s,;>]+")) {
      if (!p.isBlank() && pick(shown, p).isEmpty() && p.length() <= 12) return "\"" + p + "\" is not one of them: ";
    }
    return "";
  }

  private static Result parsed(Answer a) {
    return new Result.Parsed(a);
  }

  private static String range(int n) {
    return letters(n) + " or " + numbers(n);
  }

  private static String letters(int n) {
    return n == 1 ? "a" : "a–" + (char) ('a' + n - 1);
  }

  private static String numbers(int n) {
    return n == 1 ? "1" : "1–" + n;
  }

  /** "2 1 3" for three items: the first two swapped. */
  private static String example(int n) {
    var parts = new ArrayList<String>();
    parts.add("2");
    parts.add("1");
    for (int i = 3; i <= n; i++) parts.add(Integer.toString(i));
    return String.join(" ", parts);
  }

  private static String pairsExample(int n) {
    var parts = new ArrayList<String>();
    for (int i = 1; i <= Math.min(n, 3); i++) parts.add(i + "" + (char) ('a' + (i % Math.min(n, 3))));
    return String.join(" ", parts);
  }
}
