package org.factdrill.questions;

import java.util.List;
import java.util.Locale;
import org.factdrill.article.Nlp;
import org.factdrill.article.Regex;
import org.factdrill.article.Sentence;
import org.factdrill.article.Token;
import org.factdrill.facts.Clause;
import org.factdrill.facts.DateMention;
import org.factdrill.facts.Entity;
import org.factdrill.facts.EntityKind;
import org.factdrill.facts.Facts;
import org.factdrill.facts.Mention;

/**
 * Turns pieces of a clause into the parts of a question: the subject with people named in full,
 * the verb group inverted ("did ... adopt", "was ... transferred"), the rest without words that
 * only make sense inside the article ("there", "today", "near here").
 */
final class Phrasing {
  private final Facts facts;
  private final boolean british;

  private static final java.util.regex.Pattern ISED = java.util.regex.Pattern.compile("\\b\\w+is(?:ed|ing|ation)\\b");
  private static final java.util.regex.Pattern IZED = java.util.regex.Pattern.compile("\\b\\w+iz(?:ed|ing|ation)\\b");

  Phrasing(Facts facts) {
    this.facts = facts;
    String text = facts.article().text();
    // the contains() checks ahead of each pattern are what it needs to match, and far cheaper than
    // running it over the whole text
    this.british = text.contains("organisation") || text.contains("emphasised") || text.contains("authorising")
        || (text.contains("ised") || text.contains("ising") || text.contains("isation")) && ISED.matcher(text).find()
        && !((text.contains("ized") || text.contains("izing") || text.contains("ization")) && IZED.matcher(text).find());
  }

  String organisation() {
    return british ? "organisation" : "organization";
  }

  String asker(EntityKind kind, boolean plural) {
    return switch (kind) {
      case PERSON -> "Who";
      case ORGANIZATION -> plural ? "Which " + organisation() + "s" : "Which " + organisation();
      case COUNTRY -> plural ? "Which countries" : "Which country";
      case PLACE, FACILITY -> plural ? "Which places" : "Which place";
      case MEDIA -> "Which news outlet";
    };
  }

  /** Text of tokens [from, to) with bare surnames replaced by the full name ("Ban" -> "Ban Ki-moon"). */
  String text(Sentence s, int from, int to) {
    if (from >= to) return "";
    int start = s.tokens().get(from).start();
    int end = s.tokens().get(to - 1).end();
    var b = new StringBuilder();
    int at = start;
    for (Mention m : facts.mentionsIn(s.index())) {
      if (m.start() < start || m.end() > end) continue;
      Entity e = facts.entity(m.entity());
      if (e.kind() == EntityKind.PERSON && !m.text().equals(e.name()) && !m.text().contains(" ") && firstMentionIn(s, m)) {
        b.append(s.text(), at, m.start()).append(e.name());
        at = m.end();
      }
    }
    b.append(s.text(), at, end);
    return tidy(b.toString());
  }

  private boolean firstMentionIn(Sentence s, Mention m) {
    for (Mention other : facts.mentionsIn(s.index())) {
      if (other.entity() == m.entity() && other.start() < m.start()) return false;
    }
    return true;
  }

  static String tidy(String text) {
    // each pattern only where it can match (most phrases have neither), as a cheap scan tells
    String t = text;
    if (spaceBefore(t, ",.;:?!")) t = Regex.replaceAll(t, "\\s+([,.;:?!])", "$1");
    if (spaceBefore(t, " \t\n\u000B\f\r")) t = Regex.replaceAll(t, "\\s{2,}", " ");
    return t.strip();
  }

  /** Whether a white space (\s: space, tab, line breaks, form feeds) comes right before one of {@code chars}. */
  private static boolean spaceBefore(String t, String chars) {
    for (int i = 0; i + 1 < t.length(); i++) {
      if (" \t\n\u000B\f\r".indexOf(t.charAt(i)) >= 0 && chars.indexOf(t.charAt(i + 1)) >= 0) return true;
    }
    return false;
  }

  /** The rest of a clause, made to stand alone; null when it cannot be ("he", "it" left unresolved). */
  String rest(Clause c, int from, int to) {
    Sentence s = facts.article().sentences().get(c.sentence());
    if (from >= to) return "";
    String text = text(s, from, to);
    // each pattern only where the words it looks for are there
    if (text.endsWith("near here")) text = Regex.replaceAll(text, "\\s+near here$", "");
    if (text.startsWith("today")) text = Regex.replaceAll(text, "^today\\s+", "");
    if (text.endsWith("today")) text = Regex.replaceAll(text, "\\s+today$", "");
    if (text.contains("those") || text.contains("these")) text = Regex.replaceAll(text, "\\b(?:those|these)\\b(?= \\p{Ll})", "the");
    if (text.endsWith(" there") || text.equals("there")) {
      String place = lastPlaceBefore(c.sentence());
      if (place == null) return null;
      text = text.substring(0, text.length() - "there".length()) + "in " + place;
      text = text.strip();
    }
    if ((endsWithIgnoringCase(text, "this") || endsWithIgnoringCase(text, "these") || endsWithIgnoringCase(text, "those"))
        && Regex.matches(text, "(?i).*\\b(this|these|those)$")) {
      return null; // "... to ask about this"
    }
    for (String w : Regex.split(text, "[ ,]+")) {
      // the pronouns have two to four letters
      if (w.length() >= 2 && w.length() <= 4 && Regex.matches(w, "(?i)he|she|it|they|them|him|its|here")) return null;
    }
    return tidy(text);
  }

  private String lastPlaceBefore(int sentence) {
    for (int i = sentence - 1; i >= Math.max(0, sentence - 2); i--) {
      List<Mention> ms = facts.mentionsIn(i);
      for (int k = ms.size() - 1; k >= 0; k--) {
        Entity e = facts.entity(ms.get(k).entity());
        if ((e.kind() == EntityKind.COUNTRY || e.kind() == EntityKind.PLACE) && ms.get(k).text().equals(e.name())
            || e.kind() == EntityKind.COUNTRY && e.isNamed(ms.get(k).text())) {
          return ms.get(k).text();
        }
      }
    }
    return null;
  }

  private static boolean endsWithIgnoringCase(String text, String end) {
    return text.regionMatches(true, text.length() - end.length(), end, 0, end.length());
  }

  /** "did the UN Security Council adopt" / "was the Libya command transferred": null when it cannot be inverted. */
  String inverted(Clause c, String subject) {
    Sentence s = facts.article().sentences().get(c.sentence());
    Token verb = s.tokens().get(c.verb());
    if (c.auxiliaries().isEmpty()) {
      String w = verb.text().toLowerCase(Locale.ROOT);
      if (w.equals("is") || w.equals("was") || w.equals("are") || w.equals("were")) return null;
      boolean spelled = w.endsWith("ed") && w.length() > 4 || ClauseVerbs.IRREGULAR.containsKey(w);
      // the lemmatizer model (loaded on first use) only for what spelling cannot settle ("says", "sets")
      String lemma = baseForm(w, spelled ? w : Nlp.get().lemma(verb.text(), "VERB"));
      if (lemma == null) return null;
      String aux = w.endsWith("ed") || !w.endsWith("s") ? "did" : "does";
      if (lemma.endsWith("e") && w.equals(lemma.substring(0, lemma.length() - 1) + "ed")) lemma = lemma; // "authorised"
      return aux + " " + subject + " " + lemma;
    }
    String first = s.tokens().get(c.auxiliaries().get(0)).text().toLowerCase(Locale.ROOT);
    var b = new StringBuilder(first).append(' ').append(subject);
    for (int i = 1; i < c.auxiliaries().size(); i++) b.append(' ').append(s.tokens().get(c.auxiliaries().get(i)).text());
    return b.append(' ').append(verb.text()).toString();
  }

  /**
   * The base form of a past or present verb: the model's lemma when it is a plausible stem of the
   * word ("adopted" -> "adopt", "resumed" -> "resume"), else null (do not guess).
   */
  static String baseForm(String word, String modelLemma) {
    if (ClauseVerbs.IRREGULAR.containsKey(word)) return ClauseVerbs.IRREGULAR.get(word);
    var stems = new java.util.ArrayList<String>();
    if (word.endsWith("ied")) stems.add(word.substring(0, word.length() - 3) + "y");
    if (word.endsWith("ed")) {
      stems.add(word.substring(0, word.length() - 2));
      stems.add(word.substring(0, word.length() - 1));
      if (word.length() > 4 && word.charAt(word.length() - 3) == word.charAt(word.length() - 4)) stems.add(word.substring(0, word.length() - 3));
    } else if (word.endsWith("ies")) {
      stems.add(word.substring(0, word.length() - 3) + "y");
    } else if (word.endsWith("es")) {
      stems.add(word.substring(0, word.length() - 2));
      stems.add(word.substring(0, word.length() - 1));
    } else if (word.endsWith("s")) {
      stems.add(word.substring(0, word.length() - 1));
    }
    if (word.endsWith("ed") && word.length() > 4) return regularStem(word.substring(0, word.length() - 2));
    if (stems.contains(modelLemma)) return modelLemma;
    if (stems.contains(modelLemma + "e")) return modelLemma + "e";
    return null;
  }

  /**
   * English spelling of a past tense's stem: "adopt" (adopted), "resume" (resumed), "stop" (stopped),
   * "pass" (passed). The lemmatizer model often answers "resum" for "resumed", so spelling decides.
   */
  static String regularStem(String stem) {
    int n = stem.length();
    char last = stem.charAt(n - 1);
    char before = stem.charAt(n - 2);
    if (last == before && "lsfz".indexOf(last) < 0 && !isVowel(last)) return stem.substring(0, n - 1); // stopped
    if (last == 'i') return stem.substring(0, n - 1) + "y"; // tried
    if (stem.endsWith("creat")) return stem + "e"; // agreed: "agree" is stem + "e" minus nothing
    if (last == 'e') return stem + "e"; // agreed, freed
    if ("uvzc".indexOf(last) >= 0 && !stem.endsWith("ch")) return stem + "e"; // argued, solved, seized, forced
    if (Regex.matches(stem, ".*(dg|rg|lg|ang|ns|rs|ps|ls)")) return stem + "e"; // pledged, urged, changed, sensed, reversed, collapsed
    boolean singleVowelBefore = isVowel(before) && before != 'e' && (n < 3 || !isVowel(stem.charAt(n - 3)));
    if (singleVowelBefore && "bdgklmnprst".indexOf(last) >= 0 && !(last == 't' && before == 'i') && !Regex.matches(stem, ".*(focus|bias|abandon|develop|limit|visit|edit|audit|credit|summon)$")) {
      return stem + "e"; // resumed, blamed, voted, ruled, declared, decided
    }
    return stem;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** The verb group as written: "launched", "was transferred", "have been displaced". */
  String verbGroup(Clause c) {
    Sentence s = facts.article().sentences().get(c.sentence());
    int from = c.auxiliaries().isEmpty() ? c.verb() : c.auxiliaries().get(0);
    return s.tokenSpan(from, c.verb() + 1);
  }

  String subject(Clause c) {
    Sentence s = facts.article().sentences().get(c.sentence());
    String subject = text(s, c.subjectStart(), c.subjectEnd());
    if (subject.startsWith("The ") || subject.startsWith("A ") || subject.startsWith("An ")) {
      Token first = s.tokens().get(c.subjectStart());
      if (!first.is("PROPN")) subject = Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
    }
    return subject;
  }

  static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** " on March 17" for a date with a day; " on Wednesday" for a weekday; "" otherwise. */
  static String onDate(DateMention d) {
    if (d == null) return "";
    if (d.isWeekday() || d.hasDay()) return " on " + d.label();
    if (d.month() != null) return " in " + d.label();
    return " in " + d.year();
  }
}
