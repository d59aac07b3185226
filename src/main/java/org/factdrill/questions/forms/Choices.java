package org.factdrill.questions.forms;

import java.util.List;
import org.factdrill.facts.Entity;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionIds;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;

/**
 * A question with one right answer: four choices when there are three wrong ones of the answer's
 * kind, else typed (a question with two weak choices is worse than one you must recall).
 */
final class Choices {
  private Choices() {}

  /** A typed answer longer than this is a test of spelling, not of the fact (raters rejected such names twice). */
  static final int MAX_TYPED_WORDS = 6;

  static Candidate ask(Context c, String prompt, String answer, List<String> accept, List<String> wrong, String kind, Source source,
      String fact, double weight) {
    if (!Prompts.acceptable(prompt, answer)) return null;
    // "from ____ to 74%" with 74% offered: a figure the prompt states is no wrong choice anyone weighs up
    wrong = wrong.stream().filter(w -> !java.util.regex.Pattern.compile("(?<![\\w.])" + java.util.regex.Pattern.quote(w) + "(?![\\w])")
        .matcher(prompt).find()).toList();
    Question q;
    // three choices are enough among people: an article names few, and every one of them is plausible
    int needed = kind.equals("person") ? 2 : 3;
    if (wrong.size() >= needed) {
      List<String> choices = c.shuffled(answer, wrong.subList(0, Math.min(3, wrong.size())), prompt);
      q = new MultipleChoice(QuestionIds.of("multiple_choice", prompt, answer), prompt, answer, choices, accept, kind, source, fact);
    } else {
      // "Water Data Project for Small Growers of the Upper Tana Valley": no one types a name that long from memory
      if (answer.split(" ").length > MAX_TYPED_WORDS) return null;
      q = new ShortAnswer(QuestionIds.of("short_answer", prompt, answer), prompt, answer, accept, kind, source, fact);
      weight -= 0.5;
    }
    return new Candidate(q, fact, weight);
  }

  /** Words of a body's own name that give its sort ("Court of Appeal": a court), for asking "Which court ...". */
  private static final java.util.Set<String> BODY_SORTS = java.util.Set.of("Court", "Parliament", "Council", "Committee",
      "Commission", "Agency", "Bank", "University", "Ministry", "Department", "Union", "Federation", "Association",
      // a project is no organisation (raters rejected "Which organisation ..." for a named project twice)
      "Project", "Programme", "Scheme", "Campaign", "Initiative", "Foundation", "Trust", "Charity", "Institute");

  /**
   * How a question asks for an entity as a subject: "Which court" for the Court of Appeal, where
   * "Which organisation" reads wrong; else by its kind ("Which company", "Which country").
   */
  static String askedAs(Entity e) {
    if (e.kind() == org.factdrill.facts.Kind.ORGANIZATION) {
      for (String w : e.name().split("\\s+")) if (BODY_SORTS.contains(w)) return "Which " + w.toLowerCase(java.util.Locale.ROOT);
    }
    return e.kind().questionWord();
  }

  /** A name in full: initials the article spells out ("Harbour Rail Group (HRG)") give the long form, else the name. */
  static String inFull(Context c, String name) {
    if (!name.matches("\\p{Lu}{2,6}")) return name;
    for (org.factdrill.facts.Acronym a : c.facts().ofType(org.factdrill.facts.Acronym.class)) {
      if (a.shortForm().equals(name)) return a.longForm();
    }
    return name;
  }

  /** The other forms a typed answer may take: a person's surname, a name's other spellings. */
  static List<String> accept(Entity e) {
    if (e == null) return List.of();
    var out = new java.util.ArrayList<String>();
    for (String f : e.forms()) if (!f.equals(e.name())) out.add(f);
    if (e.kind() == org.factdrill.facts.Kind.PERSON && e.name().contains(" ")) {
      String last = e.name().substring(e.name().lastIndexOf(' ') + 1);
      if (!out.contains(last)) out.add(last);
    }
    return out;
  }
}
