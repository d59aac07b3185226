package org.factdrill.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdrill.nlp.AnalysedArticle;
import org.factdrill.nlp.Mention;
import org.factdrill.nlp.Sentence;
import org.factdrill.nlp.Token;

/**
 * Who holds which office, from the two ways news names it: a title before the name ("Russian
 * Foreign Minister Sergei Lavrov") and an apposition ("Sergei Lavrov, Russia's foreign minister").
 * A bare title ("President Putin") says too little to ask about, so an office needs a qualifier
 * (whose office it is) or words enough to be unambiguous; former offices are left out.
 */
public final class OfficeFinder {
  private OfficeFinder() {}

  private static final Set<String> QUALIFIER_TYPES = Set.of("NATIONALITY", "COUNTRY", "ORGANIZATION", "STATE_OR_PROVINCE",
      "CITY", "TITLE", "MISC", "IDEOLOGY", "RELIGION");

  public static List<Office> find(AnalysedArticle article, Entities entities) {
    Map<Entity, Office> found = new LinkedHashMap<>();
    for (Sentence s : article.sentences()) {
      boolean[] quoted = ClauseFinder.quoted(s);
      for (Mention m : s.mentions()) {
        if (!m.type().equals("PERSON") || quoted[m.start()]) continue;
        Entity person = entities.at(s.index(), m.start());
        if (person == null || person.kind() != Kind.PERSON || !person.name().contains(" ")) continue;
        String office = titleBefore(s, m);
        if (office == null) office = apposition(s, m);
        if (office == null) continue;
        // "New coach Ian Moss": a capital that only opens the sentence says nothing of whose office it is
        String judged = s.text().startsWith(office) && !s.token(0).isEntity()
            ? Character.toLowerCase(office.charAt(0)) + office.substring(1) : office;
        if (!qualified(judged)) continue;
        // "..., said Jo Bloggs, an analyst at X": who said a quote is trivia unless the article is about them
        if (person.salience() < 4 && attribution(s, m)) continue;
        // a person named once, far from the lead, is a detail: their office with them
        if (person.salience() < 3 && s.index() >= 3) continue;
        found.putIfAbsent(person, new Office(Facts.id("office", person.name(), office), s.index(), person, office));
      }
    }
    // the people the story is about: the three most mentioned, or one the headline names; the office of
    // anyone else is a detail from a quote's attribution (rubric rule 5)
    var people = new ArrayList<>(entities.ofKind(Kind.PERSON));
    people.sort(java.util.Comparator.comparingDouble(Entity::salience).reversed());
    var central = new java.util.HashSet<Entity>(people.subList(0, Math.min(3, people.size())));
    if (article.headline() != null) {
      String h = article.headline().text();
      for (Entity p : people) if (h.contains(p.name().substring(p.name().lastIndexOf(' ') + 1))) central.add(p);
    }
    found.keySet().removeIf(p -> !central.contains(p));
    // one office per wording: two people "Minister" cannot both be the answer to "Who is the minister?"
    Map<String, Integer> count = new LinkedHashMap<>();
    for (Office o : found.values()) count.merge(o.office().toLowerCase(Locale.ROOT), 1, Integer::sum);
    var out = new ArrayList<Office>();
    for (Office o : found.values()) if (count.get(o.office().toLowerCase(Locale.ROOT)) == 1) out.add(o);
    return out;
  }

  /** Whether the person is the one who says something in this sentence (the subject of a speech verb). */
  static boolean attribution(Sentence s, Mention m) {
    int head = m.end() - 1;
    for (int t = head; t >= 0; t = s.head(t)) {
      if (s.relation(t).startsWith("nsubj") && s.head(t) >= 0
          && ClauseFinder.SPEECH.contains(s.token(s.head(t)).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (s.head(t) < 0 || s.relation(t).equals("root")) break;
    }
    return s.quotes();
  }

  /** "Russian Foreign Minister" before "Sergei Lavrov": title words, and whose they are, right before the name. */
  public static String titleBefore(Sentence s, Mention m) {
    int end = m.start();
    int start = end;
    boolean title = false;
    while (start > 0) {
      Token t = s.token(start - 1);
      if (t.ner().equals("TITLE")) {
        title = true;
      } else if (!(QUALIFIER_TYPES.contains(t.ner()) || t.text().equals("'s") && start - 2 >= 0 && QUALIFIER_TYPES.contains(s.token(start - 2).ner()))) {
        break;
      }
      start--;
    }
    if (!title) return null;
    // "shadow home secretary", "acting chief executive": a word that changes the office belongs to it
    while (start > 0 && s.head(start - 1) >= start && s.head(start - 1) <= end
        && (s.relation(start - 1).equals("amod") || s.relation(start - 1).equals("compound"))
        && (!s.token(start - 1).isEntity() || QUALIFIER_TYPES.contains(s.token(start - 1).ner()))) {
      start--;
    }
    if (s.token(start).lemma().equalsIgnoreCase("former") || start > 0 && s.token(start - 1).lemma().equalsIgnoreCase("former")) return null;
    while (start < end && !s.token(start).ner().equals("TITLE") && s.token(start).text().equals("'s")) start++;
    if (start < end && s.token(start).ner().equals("TITLE") && start > 0 && s.token(start - 1).lemma().equalsIgnoreCase("former")) return null;
    // the office is the title and its qualifiers, never the name ("Secretary General Ban" gives "Secretary General")
    String office = s.text(start, end);
    return office.isBlank() ? null : office;
  }

  /** "Sergei Lavrov, Russia's foreign minister," : the apposition, when it names an office. */
  static String apposition(Sentence s, Mention m) {
    int head = m.end() - 1;
    for (int a : s.children(head, "appos")) {
      List<Integer> sub = s.subtree(a);
      boolean title = false;
      for (int t : sub) if (s.token(t).ner().equals("TITLE")) title = true;
      if (!title || sub.size() > 9 || sub.size() != sub.get(sub.size() - 1) - sub.get(0) + 1) continue;
      int from = sub.get(0);
      int to = sub.get(sub.size() - 1) + 1;
      while (from < to && (s.token(from).pos().equals("DT") || s.token(from).pos().equals(","))) from++;
      while (to > from && s.token(to - 1).pos().equals(",")) to--;
      if (from >= to) continue;
      String office = s.text(from, to);
      String lower = office.toLowerCase(Locale.ROOT);
      // "director of the Committee": a name cut short is no office (rubric rule 2)
      if (office.matches(".* of the (Committee|Department|Council|Commission|Bank|Group|Company|Association|Office|Ministry|Agency|Board|Union|Party|Foundation|Institute)")) continue;
      if (lower.startsWith("former") || lower.contains("ex-") || lower.contains(" who ") || lower.contains(" which ")) continue;
      return office;
    }
    return null;
  }

  /** Whether an office says whose it is, or is specific enough: "Russian Foreign Minister", not "President". */
  public static boolean qualified(String office) {
    String[] words = office.split(" ");
    if (words.length < 2) return false;
    String lower = office.toLowerCase(Locale.ROOT);
    if (lower.contains("former") || lower.contains("ex-") || lower.equals("prime minister") || lower.equals("vice president")) return false;
    // "marathon runner" says nothing of whose; "Tory leader", "Home Secretary", "director of the NBC" do
    boolean named = false;
    for (String w : words) named |= !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    return named || lower.contains(" of ");
  }
}
