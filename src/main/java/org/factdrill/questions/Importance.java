package org.factdrill.questions;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.factdrill.facts.Acronym;
import org.factdrill.facts.Clause;
import org.factdrill.facts.Entity;
import org.factdrill.facts.Fact;
import org.factdrill.facts.Facts;
import org.factdrill.facts.Listing;
import org.factdrill.facts.Office;
import org.factdrill.facts.Slot;
import org.factdrill.nlp.Sentence;
import org.factdrill.nlp.Token;

/**
 * How much a fact matters to the article: how much the article is about its people and things
 * (mentions, coreference, the headline and the lead), how early it comes, and how much of the
 * headline's wording it shares. News comes first; asides and late details last.
 */
public final class Importance {
  private final Facts facts;
  private final Set<String> headlineWords = new HashSet<>();
  /** The latest year the article names: its news happens then, or after. */
  private final int latestYear;
  /** Years the headline names ("Harbour Rail profits hit record in 2023"): the news's own, however late the article was written. */
  private final Set<Integer> headlineYears = new HashSet<>();

  public Importance(Facts facts) {
    this.facts = facts;
    int latest = 0;
    for (Sentence s : facts.article().sentences()) {
      for (org.factdrill.nlp.Mention m : s.mentions()) {
        if (m.type().equals("DATE") && m.normalized() != null && m.normalized().matches("\\d{4}.*")) {
          latest = Math.max(latest, Integer.parseInt(m.normalized().substring(0, 4)));
        }
      }
    }
    this.latestYear = latest;
    Sentence h = facts.article().headline();
    if (h != null) {
      for (Token t : h.tokens()) if (t.isNoun() || t.isVerb() || t.pos().equals("CD")) headlineWords.add(t.lemma().toLowerCase(Locale.ROOT));
      var years = java.util.regex.Pattern.compile("\\b(1[89]|20)\\d\\d\\b").matcher(h.text());
      while (years.find()) headlineYears.add(Integer.parseInt(years.group()));
    }
  }

  public double of(Fact f) {
    double w = position(f.sentence());
    if (f instanceof Office o) {
      w += 1.5 + Math.min(4, o.person().salience() / 2);
    } else if (f instanceof Acronym) {
      w += 1.0;
    } else if (f instanceof Clause c) {
      w += clause(c);
    } else if (f instanceof Listing l) {
      w += clause(l.clause()) + 0.5;
    } else if (f instanceof org.factdrill.facts.ShortSentence s) {
      double best = 0;
      for (Slot g : s.gaps()) if (g.entity() != null) best = Math.max(best, g.entity().salience());
      w += Math.min(4, best / 2) - 0.5;
    }
    return w;
  }

  private double clause(Clause c) {
    double w = 0;
    double best = 0;
    for (Slot s : c.slots()) {
      Entity e = s.entity();
      if (e != null) best = Math.max(best, e.salience());
    }
    w += Math.min(4, best / 2);
    int shared = 0;
    for (int t : c.tokens()) {
      String l = c.parse().token(t).lemma().toLowerCase(Locale.ROOT);
      if (headlineWords.contains(l)) shared++;
    }
    w += Math.min(3, shared);
    if (c.tokens().size() > 25) w -= 1; // long clauses make long questions
    // what happened on a named day, to named things: the story's events, wherever they are told
    if (c.slot(Slot.Role.DATE) != null) w += 2;
    if (c.subject().entity() != null || !c.parse().children(c.subject().head(), "conj").isEmpty()) w += 1;
    return w;
  }

  /**
   * Whether a fact is background to the news: told after the lead, about an event dated in an earlier
   * year than the latest the article names ("entered parliament in 1987", "published the book in
   * 1995"). Over sixteen ratings both raters accepted 21 of 43 such questions, and called the rest
   * background. A clause's date is its own; a short sentence's is a date that says when (not "the
   * 2004 model year", which says which). A clause is background too when it is {@linkplain
   * #toldAsPast told as past} (an earlier year's event, "20 years ago", "originally").
   */
  public boolean background(Fact f) {
    if (f.sentence() < Facts.LEAD) return false;
    if (f instanceof Clause c) return earlier(c.slot(Slot.Role.DATE)) || anEarlierWhen(c.parse(), c.gaps()) || toldAsPast(c) || anAddition(c);
    if (f instanceof org.factdrill.facts.ShortSentence s) return anEarlierWhen(s.parse(), s.gaps());
    return false;
  }

  /**
   * Whether a clause says itself that it tells of what came before the news: told in the past
   * ("won", "was", "has finished"), it counts back from now ("moved there 20 years ago") or to a
   * beginning ("was originally written by"), or it happened at an event of an earlier year than the
   * article's latest ("won the title at the 2019 Coastal Games", "came third in the 2018 and 2019 half marathons").
   * A year inside the subject or the object says which thing ("a comparison to the 2009 protests"),
   * not when the clause happened, and a year the headline names is the news's own.
   */
  private boolean toldAsPast(Clause c) {
    Sentence s = c.parse();
    if (!toldInThePast(s, c.verb())) return false;
    for (int t : c.tokens()) {
      String w = s.token(t).text().toLowerCase(Locale.ROOT);
      if (w.equals("ago") || w.equals("originally")) return true;
    }
    for (org.factdrill.nlp.Mention m : s.mentions()) {
      if (!m.type().equals("DATE") || !c.tokens().contains(m.start()) || m.normalized() == null) continue;
      if (!m.normalized().matches("\\d{4}.*")) continue;
      int year = Integer.parseInt(m.normalized().substring(0, 4));
      if (earlier(year) && saysWhen(s, m.start(), c.verb())) return true;
    }
    return false;
  }

  /**
   * Whether a clause after the lead says itself that it adds to the story ("The firm is also recalling
   * 900 vans", "She will also run in Nairobi"): a further detail beside the news. In two blind ratings
   * the four such questions drawn, from four articles, were all rejected as side details.
   */
  private static boolean anAddition(Clause c) {
    Sentence s = c.parse();
    for (int a : s.children(c.verb(), "advmod")) if (s.token(a).text().equalsIgnoreCase("also")) return true;
    return false;
  }

  /** A verb in the past tense, or in the perfect: "won", "was recalled", "has finished". */
  private static boolean toldInThePast(Sentence s, int verb) {
    for (String rel : new String[] {"aux", "aux:pass", "cop"}) {
      for (int a : s.children(verb, rel)) {
        String w = s.token(a).text().toLowerCase(Locale.ROOT);
        if (w.equals("has") || w.equals("have") || w.equals("had") || s.token(a).pos().equals("VBD")) return true;
        if (rel.equals("aux")) return false; // "will", "is recalling": the first auxiliary says the tense
      }
    }
    return s.token(verb).pos().equals("VBD");
  }

  /**
   * Whether a word hangs from the verb by a phrase of when or where ("in 2001", "at the 2019 games"),
   * not through its subject or object, nor a phrase that says what with ("compared the plan to the
   * 2019 timetable").
   */
  private static boolean saysWhen(Sentence s, int t, int verb) {
    for (int at = t, steps = 0; at >= 0 && steps < 8; at = s.head(at), steps++) {
      if (s.head(at) != verb) continue;
      String r = s.relation(at);
      if (r.equals("nmod:tmod")) return true;
      // "was champion in 2001": after "was", the phrase hangs from the noun it says the subject was
      boolean copula = !s.children(verb, "cop").isEmpty();
      if (!r.startsWith("obl") && !(copula && r.equals("nmod"))) return false;
      for (int c : s.children(at, "case")) if (WHEN_OR_WHERE.contains(s.token(c).text().toLowerCase(Locale.ROOT))) return true;
      return false;
    }
    return false;
  }

  private static final Set<String> WHEN_OR_WHERE = Set.of("in", "at", "during", "on", "since", "before", "after");

  /** Whether one of the gaps is a date saying when, in an earlier year than the article's latest. */
  private boolean anEarlierWhen(Sentence s, java.util.List<Slot> gaps) {
    for (Slot g : gaps) {
      String r = s.relation(g.head());
      if (g.role() == Slot.Role.DATE && (r.startsWith("obl") || r.equals("nmod:tmod")) && earlier(g)) return true;
    }
    return false;
  }

  private boolean earlier(Slot date) {
    if (date == null || date.normalized() == null || !date.normalized().matches("\\d{4}.*")) return false;
    return earlier(Integer.parseInt(date.normalized().substring(0, 4)));
  }

  /** Before the article's latest year, and not the year its headline names (the news's own). */
  private boolean earlier(int year) {
    return year < latestYear && !headlineYears.contains(year);
  }

  /** The lead says what the story is; later paragraphs add detail. */
  private static double position(int sentence) {
    if (sentence == 0) return 4;
    if (sentence <= 2) return 3;
    if (sentence <= 5) return 2;
    if (sentence <= 10) return 1;
    return 0;
  }
}
