package org.factdrill.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.nlp.AnalysedArticle;
import org.factdrill.nlp.Mention;
import org.factdrill.nlp.Sentence;
import org.factdrill.nlp.Token;

/**
 * Sentences that can stand alone in a quiz: at most {@value #MAX_TOKENS} tokens, no quotation, not
 * opening with a word that leans on the sentence before ("But", "Also", "This"), and holding at
 * least one name, date or number a gap can take. Whether its pronouns can be resolved is the
 * phrasing's to decide.
 */
public final class ShortSentenceFinder {
  static final int MAX_TOKENS = 26;
  /** How many opening sentences count as the lead. */
  static final int LEAD = 3;

  private static final Set<String> LEANING = Set.of("but", "and", "or", "so", "also", "however", "this", "that", "these",
      "those", "such", "it", "meanwhile", "instead", "yet", "still", "then", "there", "here", "other", "another", "both");

  /** Words that only link a sentence to the one before: dropped, the rest stands alone. */
  private static final Set<String> LINKING = Set.of("but", "and", "however", "meanwhile", "also", "so", "yet", "still");

  private ShortSentenceFinder() {}

  public static List<ShortSentence> find(AnalysedArticle article, Entities entities) {
    var out = new ArrayList<ShortSentence>();
    for (Sentence s : article.sentences()) {
      // the lead says who and what in full, by news-writing convention; later sentences lean on it
      // ("the theatre", "the final contender"), so only the lead is quoted whole
      if (s.index() >= LEAD) break;
      if (s.size() > MAX_TOKENS || s.size() < 6 || s.quotes()) continue;
      // "However, ...", "But ...": the linking word goes; "This ...", "It ...": the sentence leans on the one before
      int from = 0;
      String first = s.token(0).text().toLowerCase(Locale.ROOT);
      if (LINKING.contains(first)) from = s.size() > 1 && s.token(1).text().equals(",") ? 2 : 1;
      else if (LEANING.contains(first)) continue;
      if (!s.token(s.size() - 1).text().equals(".")) continue; // a question or a fragment
      int root = s.root();
      // "X said ...": attribution; what was said is a clause, asked without the attribution
      if (root >= 0 && ClauseFinder.SPEECH.contains(s.token(root).lemma().toLowerCase(Locale.ROOT))) continue;
      if (root >= 0 && !ClauseFinder.finite(s, root)) continue; // "United beaten by Rovers": a caption, not a sentence
      if (root < 0 || !s.children(root, "conj").isEmpty() && s.token(s.children(root, "conj").get(0)).isVerb()
          || !s.children(root, "parataxis").isEmpty()) {
        continue; // two statements in one: a gap in either reads as a puzzle
      }
      var gaps = new ArrayList<Slot>();
      for (Mention m : s.mentions()) {
        Slot g = gap(s, m, entities);
        if (g != null && g.start() >= from) gaps.add(g);
      }
      if (!gaps.isEmpty()) out.add(new ShortSentence(Facts.id("sentence", s.text()), s.index(), s, from, gaps));
    }
    return out;
  }

  /** Words before a number that make a nearby wrong choice true too: "more than 25%" is also "more than 9%". */
  static final Set<String> APPROXIMATE = Set.of("more", "less", "fewer", "over", "under", "above", "below", "least", "most",
      "nearly", "almost", "around", "about", "some", "roughly", "approximately", "up", "than", "beyond", "exceeding");

  static boolean approximate(Sentence s, int start) {
    // the word may open the number's own span as well ("About 60", "nearly 200,000" tagged as one number)
    for (int k = Math.max(0, start - 2); k <= start && k < s.size(); k++) if (APPROXIMATE.contains(s.token(k).text().toLowerCase(Locale.ROOT))) return true;
    // "about 8,000 to 10,000 people": the upper end of a range is as rough as the range's start
    if (start >= 2 && s.token(start - 1).text().equalsIgnoreCase("to") && s.token(start - 2).pos().equals("CD")) {
      int first = start - 2;
      while (first > 0 && s.token(first - 1).pos().equals("CD")) first--;
      return approximate(s, first);
    }
    return false;
  }

  /**
   * "Wekesa and ____'s show", "____ and Farouk": a name joined by "and" or "or" to another of its
   * type is one of a pair, whichever way the parser joined them.
   */
  private static boolean pairedByAnd(Sentence s, Mention m) {
    if (m.start() >= 2 && JOINERS.contains(s.token(m.start() - 1).text().toLowerCase(Locale.ROOT))) {
      Mention before = s.mentionAt(m.start() - 2);
      if (before != null && before.type().equals(m.type())) return true;
    }
    if (m.end() + 1 < s.size() && JOINERS.contains(s.token(m.end()).text().toLowerCase(Locale.ROOT))) {
      Mention after = s.mentionAt(m.end() + 1);
      if (after != null && after.type().equals(m.type())) return true;
    }
    return false;
  }

  private static final Set<String> JOINERS = Set.of("and", "or", "&");

  /** Titles before a name: "Mr ____" would read as the name's second half. */
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.",
      "ms.", "dr.", "prof", "prof.", "prince", "princess", "king", "queen", "pope", "saint", "st", "st.", "president", "general");

  static Slot gap(Sentence s, Mention m, Entities entities) {
    if (s.token(m.start()).isPronoun()) return null;
    if (m.start() > 0 && HONORIFICS.contains(s.token(m.start() - 1).text().toLowerCase(Locale.ROOT))) return null;
    // one of a list ("the 2010 and 2011 seasons", "Wekesa, Farouk and Mutebi"): the others would be true too
    int head = m.end() - 1;
    if (m.end() < s.size() && s.token(m.end()).text().equals("'")) return null; // "Prince Charles' income": the gap would eat the s
    if (s.relation(head).equals("conj") || !s.children(head, "conj").isEmpty()) return null;
    if (pairedByAnd(s, m)) return null;
    // "the green Norway spruce": a name that only describes the noun after it
    if (s.relation(head).equals("compound") || s.relation(head).equals("amod")) return null;
    if (s.token(m.start()).pos().equals("JJ") || s.token(m.start()).pos().equals("NNPS") && m.end() - m.start() == 1) return null; // "British", "Americans"
    if ((m.type().equals("MONEY") || m.type().equals("PERCENT") || m.type().equals("NUMBER")) && approximate(s, m.start())) return null;
    Kind kind = Entities.kindOf(m.type());
    if (kind != null && !m.type().equals("NATIONALITY")) {
      Entity e = entities.at(s.index(), m.start());
      if (e == null || e.kind() == Kind.PLACE) return null;
      // the gap's words are the entity's own name ("Norway spruce" is a tree, not the country)
      String surface = Entities.clean(m.text());
      if (!surface.equalsIgnoreCase(e.name()) && e.forms().stream().noneMatch(f -> f.equalsIgnoreCase(surface))) return null;
      // "in the UK" would read "in the ____" with "Britain" as its answer: a country the article gives "the" is left out
      if (e.kind() == Kind.COUNTRY && m.start() > 0 && s.token(m.start() - 1).text().equalsIgnoreCase("the")) return null;
      // not a name inside a longer one ("Leeds" in "Leeds United"), nor a possessive's owner only
      int start = m.start();
      if (start > 0 && s.token(start - 1).text().equalsIgnoreCase("the")) start--;
      return new Slot(Slot.Role.SUBJECT, m.end() - 1, start, m.end(), e.kind(), e.name(), e, null);
    }
    return switch (m.type()) {
      case "MONEY" -> new Slot(Slot.Role.QUANTITY, m.end() - 1, m.start(), m.end(), Kind.MONEY, m.text(), null, m.normalized());
      case "PERCENT" -> new Slot(Slot.Role.QUANTITY, m.end() - 1, m.start(), m.end(), Kind.PERCENT, m.text(), null, m.normalized());
      // a count of something ("4.464 million people"), not a bare figure ("rose 7,000")
      case "NUMBER" -> {
        int last = m.end() - 1;
        int counted = s.head(last);
        if (!s.relation(last).equals("nummod") || counted < 0 || !s.token(counted).isNoun() || s.token(counted).isProperNoun()) yield null;
        if (s.token(m.start()).text().matches("(?i)one|a|an|two|three")) yield null; // "one of", small words: no real choice
        // "Nine embassies will close" asked as "..., ____ embassies will close": a number in words is said in lower case
        String answer = m.start() == 0 && Character.isUpperCase(m.text().charAt(0)) && !m.text().matches(".*\\d.*")
            ? m.text().toLowerCase(Locale.ROOT) : m.text();
        yield new Slot(Slot.Role.QUANTITY, last, m.start(), m.end(), Kind.NUMBER, answer, null, m.normalized());
      }
      case "DATE" -> {
        String n = m.normalized();
        if (n == null || !n.matches("\\d{4}|(\\d{4}|XXXX)-\\d{2}(-\\d{2})?")) yield null;
        Token first = s.token(m.start());
        // "the", and "beginning" or "starting" before the date ("ended the scheme beginning March 5"), stay
        // in the sentence: the answer is the date
        int start = first.text().equalsIgnoreCase("the") || first.pos().equals("VBG") ? m.start() + 1 : m.start();
        if (start >= m.end()) yield null;
        yield new Slot(Slot.Role.DATE, m.end() - 1, start, m.end(), Kind.DATE, s.text(start, m.end()), null, n);
      }
      default -> null;
    };
  }
}
