package org.factdrill.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdrill.facts.Lexicon;

/**
 * Names that mean the same country or organisation ("UK", "Britain", "United Kingdom"), and the
 * other members of the same category, which are the plausible wrong answers a typo must not turn
 * into ("Iran" for "Iraq", "Austria" for "Australia", "Niger" for "Nigeria"). The names are the
 * generator's own typed lists ({@link Lexicon}): one list of country and organisation names in
 * the project, read once, lazily.
 */
final class Gazetteer {
  private Gazetteer() {}

  /** One set of names for the same thing; the first is its usual name. Phrases are read once. */
  record Group(String category, List<String> names, List<Phrase> phrases) {
    Group(String category, List<String> names) {
      this(category, names, names.stream().map(Phrase::of).toList());
    }
  }

  private static volatile Map<String, Group> byKey;
  private static volatile List<Group> groups;

  /** The group a name belongs to, if any. */
  static Optional<Group> groupOf(String name) {
    return Optional.ofNullable(index().get(Phrase.of(name).key()));
  }

  /** Every group of a category (the plausible rivals of a country are the other countries). */
  static List<Group> inCategory(String category) {
    index();
    var out = new ArrayList<Group>();
    for (Group g : groups) if (g.category().equals(category)) out.add(g);
    return out;
  }

  private static Map<String, Group> index() {
    Map<String, Group> m = byKey;
    if (m != null) return m;
    synchronized (Gazetteer.class) {
      if (byKey != null) return byKey;
      var all = new ArrayList<Group>();
      for (Lexicon.Known k : Lexicon.get().countries()) all.add(group("country", k));
      for (Lexicon.Known k : Lexicon.get().organisations()) all.add(group("organization", k));
      var map = new HashMap<String, Group>();
      for (Group g : all) for (Phrase p : g.phrases()) map.putIfAbsent(p.key(), g);
      groups = List.copyOf(all);
      byKey = map;
      return map;
    }
  }

  private static Group group(String category, Lexicon.Known k) {
    var names = new ArrayList<String>();
    names.add(k.name());
    names.addAll(k.aliases());
    return new Group(category, names);
  }
}
