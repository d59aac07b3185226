package org.factdrill.grading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionType;

/**
 * Turns one line of typed input into an {@link Answer}, given the options as they were shown
 * (choices for multiple choice and multi-select, "True"/"False" for true/false, items for
 * ordering, right-hand items for matching). Pure; used by plain mode and by the typed fallbacks
 * of the interactive screens.
 */
public final class AnswerParser {
  private AnswerParser() {}

  /** The parsed answer, or a one-line message saying what input is expected. */
  public sealed interface Result {
    record Parsed(Answer answer) implements Result {}

    record Invalid(String message) implements Result {}
  }

  public static Result parse(Question q, List<String> shown, String input) {
    String in = input.strip();
    if (in.isEmpty()) return new Result.Invalid("type an answer, or :skip");
    QuestionType type = q.type();
    return switch (type) {
      case SHORT_ANSWER -> new Result.Parsed(new Answer.Text(in));
      case MULTIPLE_CHOICE, TRUE_FALSE -> pick(shown, in)
          .<Result>map(i -> new Result.Parsed(new Answer.Choice(type == QuestionType.TRUE_FALSE
              ? shown.get(i).toLowerCase(Locale.ROOT) : shown.get(i))))
          .orElse(new Result.Invalid("choose " + range(shown.size())));
      case MULTI_SELECT -> {
        var chosen = new LinkedHashSet<String>();
        for (String part : in.split("[\\s,]+")) {
          Optional<Integer> i = pick(shown, part);
          if (i.isEmpty()) yield new Result.Invalid("choose one or more of " + range(shown.size()) + ", e.g. \"a c\"");
          chosen.add(shown.get(i.get()));
        }
        yield new Result.Parsed(new Answer.Choices(chosen));
      }
      case ORDERING -> {
        var order = new ArrayList<String>();
        for (String part : in.split("[\\s,]+")) {
          Optional<Integer> i = pick(shown, part);
          if (i.isEmpty() || order.contains(shown.get(i.get()))) {
            yield new Result.Invalid("give every item once, in order, e.g. \"2 1 3\"");
          }
          order.add(shown.get(i.get()));
        }
        if (order.size() != shown.size()) yield new Result.Invalid("give all " + shown.size() + " items in order, e.g. \"2 1 3\"");
        yield new Result.Parsed(new Answer.Order(order));
      }
      case MATCHING -> new Result.Invalid("matching input is parsed by the full grader");
    };
  }

  /** A choice by letter (a, b...), number (1, 2...), or its exact text. */
  static Optional<Integer> pick(List<String> shown, String token) {
    String t = token.strip().toLowerCase(Locale.ROOT);
    if (t.length() == 1 && t.charAt(0) >= 'a' && t.charAt(0) < 'a' + shown.size()) return Optional.of(t.charAt(0) - 'a');
    if (t.matches("\\d{1,3}")) {
      int n = Integer.parseInt(t);
      if (n >= 1 && n <= shown.size()) return Optional.of(n - 1);
    }
    for (int i = 0; i < shown.size(); i++) {
      if (Grader.fold(shown.get(i)).equals(Grader.fold(token))) return Optional.of(i);
    }
    return Optional.empty();
  }

  private static String range(int n) {
    return "a–" + (char) ('a' + n - 1) + " or 1–" + n;
  }
}
