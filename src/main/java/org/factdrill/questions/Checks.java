package org.factdrill.questions;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Argument checks shared by the question records; each message names the field. */
final class Checks {
  private Checks() {}

  static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) throw new IllegalArgumentException(field + " must not be blank");
    return value;
  }

  static List<String> texts(List<String> values, String field, int min) {
    Objects.requireNonNull(values, field);
    if (values.size() < min) {
      throw new IllegalArgumentException(field + " needs at least " + min + " entries, has " + values.size());
    }
    for (int i = 0; i < values.size(); i++) text(values.get(i), field + "[" + i + "]");
    return List.copyOf(values);
  }

  /** No two entries may be the same text ignoring case: a choice list with a repeat is ambiguous. */
  static List<String> distinct(List<String> values, String field) {
    var seen = new HashSet<String>();
    for (String v : values) {
      if (!seen.add(v.strip().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(field + " repeats \"" + v + "\"");
      }
    }
    return values;
  }

  static void common(String id, String prompt, String kind, Source source) {
    text(id, "id");
    text(prompt, "prompt");
    text(kind, "kind");
    Objects.requireNonNull(source, "source");
  }
}
