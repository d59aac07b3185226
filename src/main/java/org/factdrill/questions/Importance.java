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
   * 2004 model year", which says which).
   */
  public boolean background(Fact f) {
    if (f.sentence() < Facts.LEAD) return false;
    if (f instanceof Clause c) return earlier(c.slot(Slot.Role.DATE)) || anEarlierWhen(c.parse(), c.gaps());
    if (f instanceof org.factdrill.facts.ShortSentence s) return anEarlierWhen(s.parse(), s.gaps());
    return false;
  }

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
    return Integer.parseInt(date.normalized().substring(0, 4)) < latestYear;
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
