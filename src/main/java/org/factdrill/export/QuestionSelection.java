package org.factdrill.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionType;

/**
 * Which questions of a bank to export: only some types, only some ids, at most N. Filters keep the
 * bank's order; the limit takes the first N that pass, so the same command gives the same file.
 *
 * @param types the types to keep; empty keeps every type
 * @param ids the ids to keep; empty keeps every id
 * @param limit at most this many questions; 0 means no limit
 */
public record QuestionSelection(Set<QuestionType> types, Set<String> ids, int limit) {

  /** A selection that cannot be made: unknown type, unknown id, bad limit. */
  public static class InvalidSelection extends IllegalArgumentException {
    public InvalidSelection(String message) {
      super(message);
    }
  }

  public QuestionSelection {
    types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    ids = Set.copyOf(ids);
    if (limit < 0) throw new InvalidSelection("-n must be at least 1, was " + limit);
  }

  public static QuestionSelection everything() {
    return new QuestionSelection(Set.of(), Set.of(), 0);
  }

  /**
   * Reads the command-line values. Type names are the bank's wire names (multiple_choice, ...);
   * case and '-' for '_' are forgiven. {@code limit} null means no limit.
   */
  public static QuestionSelection of(List<String> typeNames, List<String> ids, Integer limit) {
    var types = EnumSet.noneOf(QuestionType.class);
    for (String name : typeNames == null ? List.<String>of() : typeNames) {
      String wire = name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
      if (wire.isEmpty()) continue;
      types.add(QuestionType.fromWireName(wire).orElseThrow(() -> new InvalidSelection(
          "unknown question type \"" + name + "\"; known: "
              + String.join(", ", Arrays.stream(QuestionType.values()).map(QuestionType::wireName).toList()))));
    }
    var wanted = new LinkedHashSet<String>();
    for (String id : ids == null ? List.<String>of() : ids) {
      if (!id.isBlank()) wanted.add(id.strip());
    }
    if (limit != null && limit < 1) throw new InvalidSelection("-n must be at least 1, was " + limit);
    return new QuestionSelection(types, wanted, limit == null ? 0 : limit);
  }

  /** The chosen questions, in bank order. An id that is not in the bank is an error, not a silent miss. */
  public List<Question> apply(List<Question> questions) {
    var missing = new LinkedHashSet<>(ids);
    questions.forEach(q -> missing.remove(q.id()));
    if (!missing.isEmpty()) {
      throw new InvalidSelection("no question with id " + String.join(", ", new java.util.TreeSet<>(missing)) + " in the bank");
    }
    var chosen = new ArrayList<Question>();
    for (Question q : questions) {
      if (limit > 0 && chosen.size() == limit) break;
      if (!types.isEmpty() && !types.contains(q.type())) continue;
      if (!ids.isEmpty() && !ids.contains(q.id())) continue;
      chosen.add(q);
    }
    return chosen;
  }

  public boolean choosesEverything() {
    return types.isEmpty() && ids.isEmpty() && limit == 0;
  }
}
