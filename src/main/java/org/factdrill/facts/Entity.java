package org.factdrill.facts;

import java.util.List;
import org.factdrill.nlp.Mention;

/**
 * One named thing the article is about (a person, company, country...): the name a question uses
 * (the fullest form the article gives: "Dmitry Medvedev", not "Medvedev"), the other forms it
 * takes, where it is mentioned (named, or referred to by a pronoun or "the company" that
 * coreference tied to it), and how much the article is about it.
 */
public record Entity(int id, Kind kind, String name, List<String> forms, List<Mention> mentions, double salience, boolean definite) {
  public Entity {
    forms = List.copyOf(forms);
    mentions = List.copyOf(mentions);
  }

  /** The name as a sentence uses it: "the Countryside Alliance" for a name the article writes with "the". */
  public String withArticle() {
    return definite ? "the " + name : name;
  }

  /** +1 when the article mostly calls this person "he", -1 for "she", 0 when it does not say. */
  public int gender() {
    int he = 0;
    int she = 0;
    for (Mention m : mentions) {
      String t = m.text().toLowerCase(java.util.Locale.ROOT);
      if (t.equals("he") || t.equals("him") || t.equals("his")) he++;
      if (t.equals("she") || t.equals("her") || t.equals("hers")) she++;
    }
    return Integer.compare(he, she);
  }

  /** Whether the entity is mentioned in sentence {@code s}. */
  public boolean mentionedIn(int s) {
    for (Mention m : mentions) if (m.sentence() == s) return true;
    return false;
  }
}
