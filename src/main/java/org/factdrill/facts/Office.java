package org.factdrill.facts;

import java.util.Locale;
import java.util.Set;

/** A person and the office they hold: "Sergei Lavrov" and "Russian Foreign Minister". */
public record Office(String id, int sentence, Entity person, String office) implements Fact {

  /** Roles many people hold at once: "a French musician", never "the French musician". */
  private static final Set<String> SHARED = Set.of("musician", "singer", "actor", "actress", "writer", "author", "player",
      "striker", "midfielder", "defender", "goalkeeper", "runner", "athlete", "artist", "analyst", "economist", "expert",
      "lawyer", "spokesman", "spokeswoman", "official", "member", "campaigner", "activist", "journalist", "producer", "star",
      "teacher", "student", "politician", "mp", "msp", "am", "mep", "novelist", "poet", "comedian", "presenter", "director",
      "farmer", "businessman", "businesswoman", "entrepreneur", "investor", "scientist", "researcher", "professor", "doctor",
      "vaulter", "jumper", "sprinter", "cleaner", "worker", "supermodel", "model", "designer", "dancer", "fan", "resident");

  /** Whether one person at a time holds it ("the Russian Foreign Minister"), so that "Who is ...?" has one answer. */
  public boolean unique() {
    String lower = office.toLowerCase(Locale.ROOT);
    String last = lower.substring(lower.lastIndexOf(' ') + 1);
    return lower.contains(" of ") || !SHARED.contains(last);
  }

  /** The office after "is": "the Russian Foreign Minister", "Russia's foreign minister", "a French musician". */
  public String withArticle() {
    if (office.matches("^\\p{Lu}[\\p{L}.\\- ]*'s? .*")) return office;
    if (unique()) return "the " + office;
    // "an RCA spokeswoman": initials are read letter by letter
    boolean vowelSound = office.matches("(?i)^[aeiou].*") && !office.matches("(?i)^(uni|use|eu).*") || office.matches("^[AEFHILMNORSX][A-Z]+\\b.*");
    return (vowelSound ? "an " : "a ") + office;
  }
}
