package org.factdrill.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.article.Article;
import org.factdrill.article.Regex;
import org.factdrill.article.Sentence;
import org.factdrill.article.Token;

/**
 * The main clause of each sentence, when it has the plain shape questions can be made from:
 * [opening phrase] subject verb-group rest. Sentences that quote someone, start with a pronoun or
 * have a subject that is itself a clause are skipped: a question made from them would not stand alone.
 */
final class ClauseFinder {
  private ClauseFinder() {}

  static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
      "can", "could", "should", "may", "might", "must", "did", "does", "do", "be", "been");
  static final Set<String> IRREGULAR_PAST = Set.of("said", "told", "met", "made", "took", "gave", "sent", "led", "held",
      "left", "won", "lost", "began", "came", "went", "saw", "got", "put", "set", "cut", "hit", "ran", "spoke",
      "wrote", "brought", "thought", "bought", "fought", "sought", "kept", "felt", "found", "paid", "sold", "stood",
      "understood", "became", "chose", "drew", "flew", "grew", "knew", "threw", "rose", "fell", "struck", "withheld",
      "upheld", "overstayed", "shut", "built", "meant", "read", "heard", "withdrew", "forbade", "undertook", "overtook");
  private static final Set<String> CUT_WORDS = Set.of("which", "who", "whom", "during", "while", "but", "saying",
      "according", "as", "where", "although", "though", "because", "after", "before", "when", "including");

  static List<Clause> find(Article article, List<DateMention> dates, List<Mention> mentions) {
    var out = new ArrayList<Clause>();
    for (Sentence s : article.sentences()) {
      var names = new ArrayList<int[]>();
      for (Mention m : mentions) {
        if (m.sentence() == s.index()) names.add(new int[] {s.tokenAt(m.start()), s.tokenCovering(m.end() - 1)});
      }
      Clause c = clause(s, dates, names);
      if (c != null) out.add(c);
    }
    return out;
  }

  static Clause clause(Sentence s, List<DateMention> dates) {
    return clause(s, dates, List.of());
  }

  /** {@code names}: token ranges [first, last] of the names in the sentence (a verb after a name is a verb). */
  static Clause clause(Sentence s, List<DateMention> dates, List<int[]> names) {
    List<Token> toks = s.tokens();
    if (toks.size() < 4) return null;
    int lead = leadEnd(s, dates);
    int subjectStart = lead;
    if (subjectStart < toks.size() && toks.get(subjectStart).text().equals(",")) subjectStart++;
    // "Kim Yong Chol, the vice chairman of ..., departed Beijing": the name is the subject, the rest an apposition
    int apposition = -1;
    for (int[] n : names) {
      if (n[0] == subjectStart && n[1] + 1 < toks.size() && toks.get(n[1] + 1).text().equals(",")) apposition = n[1] + 1;
    }
    int v = subjectStart;
    if (apposition > 0) {
      int close = -1;
      for (int i = apposition + 1; i < Math.min(toks.size() - 1, apposition + 25); i++) {
        if (toks.get(i).text().equals(",") && (isFinite(toks.get(i + 1)) || toks.get(i + 1).text().endsWith("ed"))) {
          close = i;
          break;
        }
      }
      if (close > 0) {
        var clause = clause(s, dates, names, subjectStart, apposition, close + 1);
        if (clause != null) return clause;
      }
    }
    while (v < toks.size() && !(isFinite(toks.get(v)) && !(attributive(toks, v) && !afterName(names, v)) || afterName(names, v) && toks.get(v).text().endsWith("ed"))) v++;
    if (v >= toks.size() || v == subjectStart || v - subjectStart > 16) return null;
    int subjectEnd = v;
    while (subjectEnd > subjectStart && toks.get(subjectEnd - 1).is("ADV")) subjectEnd--; // "Ban also asked"
    if (subjectEnd == subjectStart) return null;
    for (int i = subjectStart; i < subjectEnd; i++) {
      Token t = toks.get(i);
      boolean infinitive = t.is("VERB") && i > subjectStart && toks.get(i - 1).text().equals("to"); // "deadline for Congress to address"
      if (t.is("PRON") || t.is("SCONJ") || t.is("VERB") && !t.text().contains("-") && !infinitive || t.is("AUX")) return null;
      if (t.text().equals(",") && !listComma(toks, i)) return null;
      if (!t.isWord() && !t.text().equals(",") && !t.text().equals("'s") && !t.text().equals("U.S.")) return null;
    }
    var aux = new ArrayList<Integer>();
    int verb = v;
    while (verb < toks.size() && AUXILIARIES.contains(toks.get(verb).text().toLowerCase(Locale.ROOT))) {
      aux.add(verb);
      verb++;
      while (verb < toks.size() && toks.get(verb).is("ADV") && Regex.matches(toks.get(verb).text(), "also|not|now|still|already|just")) verb++;
    }
    // "also asked": an adverb between subject and verb belongs to the verb group
    if (aux.isEmpty()) {
      int k = verb;
      while (k < toks.size() && toks.get(k).is("ADV")) k++;
      if (k != verb && k < toks.size() && isFinite(toks.get(k))) verb = k;
    }
    if (verb >= toks.size() || !toks.get(verb).is("VERB") && !(toks.get(verb).is("ADJ") && toks.get(verb).text().endsWith("ed"))) {
      if (aux.isEmpty()) return null;
      verb = aux.remove(aux.size() - 1); // a copula: "Ban is on a visit"
    }
    if (s.text().indexOf('"') >= 0 && s.text().indexOf('"') < toks.get(verb).start()) return null; // someone is quoted
    int restStart = verb + 1;
    int restEnd = restEnd(toks, restStart);
    if (restEnd == restStart) return null;
    return new Clause(s.index(), 0, lead, subjectStart, subjectEnd, aux, verb, restStart, restEnd);
  }

  /** Where the rest of a clause ends: before the next clause, a quotation, or a trailing "for"/"the". */
  private static int restEnd(List<Token> toks, int restStart) {
    int restEnd = restStart;
    while (restEnd < toks.size()) {
      Token t = toks.get(restEnd);
      String w = t.text();
      if (w.equals("(") && restEnd + 2 < toks.size() && Regex.matches(toks.get(restEnd + 1).text(), "\\p{Lu}{2,8}")
          && toks.get(restEnd + 2).text().equals(")")) {
        restEnd += 3; // an acronym being defined: "(DACA)"
        continue;
      }
      if (w.equals(";") || w.equals(":") || w.equals("(") || w.equals("\"") || w.equals(".") && restEnd == toks.size() - 1) break;
      if (w.equals(",") && restEnd + 1 < toks.size()) {
        Token next = toks.get(restEnd + 1);
        if (next.is("VERB") || CUT_WORDS.contains(next.text().toLowerCase(Locale.ROOT)) || next.is("CCONJ") || next.is("SCONJ")) break;
        if (!listComma(toks, restEnd)) break;
      }
      if ((w.equals("and") || w.equals("but")) && restEnd + 1 < toks.size()) {
        Token next = toks.get(restEnd + 1);
        if (next.is("VERB") || next.text().endsWith("ed") && !next.is("NOUN") || next.is("PRON") || next.is("AUX")) break;
      }
      if (CUT_WORDS.contains(w.toLowerCase(Locale.ROOT)) && (w.equals("which") || w.equals("who") || w.equals("saying"))) break;
      restEnd++;
    }
    // a rest cut short by a quotation must not end on "for", "the", "that" ...
    while (restEnd > restStart && (toks.get(restEnd - 1).is("ADP") || toks.get(restEnd - 1).is("DET")
        || toks.get(restEnd - 1).is("SCONJ") || toks.get(restEnd - 1).is("CCONJ") || toks.get(restEnd - 1).text().equals(","))) {
      restEnd--;
    }
    return restEnd;
  }

  private static boolean afterName(List<int[]> names, int i) {
    for (int[] n : names) if (n[1] == i - 1) return true;
    return false;
  }

  /** A clause whose subject is a name followed by an apposition; the verb comes right after the apposition. */
  private static Clause clause(Sentence s, List<DateMention> dates, List<int[]> names, int subjectStart, int subjectEnd, int verbAt) {
    List<Token> toks = s.tokens();
    Token verbToken = toks.get(verbAt);
    if (!verbToken.is("VERB") && !(verbToken.is("ADJ") && verbToken.text().endsWith("ed")) || verbToken.text().contains("-")) return null;
    if (s.text().indexOf('"') >= 0 && s.text().indexOf('"') < verbToken.start()) return null;
    int restEnd = restEnd(toks, verbAt + 1);
    if (restEnd <= verbAt + 1) return null;
    return new Clause(s.index(), 0, subjectStart, subjectStart, subjectEnd, List.of(), verbAt, verbAt + 1, restEnd);
  }

  /** The opening phrase: "On March 17," / "Two days later" / "During his meeting," (token index after it). */
  private static int leadEnd(Sentence s, List<DateMention> dates) {
    List<Token> toks = s.tokens();
    for (DateMention d : dates) {
      if (d.sentence() != s.index()) continue;
      int first = s.tokenCovering(d.start());
      if (first == 0 || first == 1 && toks.get(0).is("ADP")) {
        int end = first;
        while (end < toks.size() && toks.get(end).start() < d.end()) end++;
        return end;
      }
    }
    Token first = toks.get(0);
    boolean participle = first.text().endsWith("ing") && first.isCapitalised(); // "Speaking on the Senate floor Wednesday, ..."
    if (first.is("ADP") || first.is("ADV") || first.is("SCONJ") || participle) {
      for (int i = 1; i < Math.min(toks.size(), 12); i++) {
        if (toks.get(i).text().equals(",")) return i + 1;
        if (isFinite(toks.get(i)) && i >= 3) {
          // no comma: "On the eve of the meeting the Kremlin indicated": the subject is "the" + a name before the verb
          int k = i;
          while (k > 1 && toks.get(k - 1).is("PROPN")) k--;
          if (k < i && k > 1 && toks.get(k - 1).text().equalsIgnoreCase("the")) return k - 1;
          return 0;
        }
      }
    }
    return 0;
  }

  /** A comma inside a list of names: "Britain, France, the US, Canada and Belgium". */
  private static boolean listComma(List<Token> toks, int i) {
    if (i + 1 >= toks.size() || i == 0) return false;
    Token before = toks.get(i - 1);
    Token after = toks.get(i + 1);
    boolean nameBefore = before.is("PROPN") || before.isCapitalised();
    boolean nameAfter = after.is("PROPN") || after.isCapitalised() || after.text().equals("the") && i + 2 < toks.size() && toks.get(i + 2).isCapitalised();
    return nameBefore && nameAfter;
  }

  /** "An estimated 600,000", "undocumented young people": an -ed word before a noun or after a determiner describes it. */
  private static boolean attributive(List<Token> toks, int i) {
    Token t = toks.get(i);
    if (AUXILIARIES.contains(t.text().toLowerCase(Locale.ROOT))) return false;
    if (i > 0 && toks.get(i - 1).is("DET")) return true;
    if (t.is("ADJ") && i + 1 < toks.size()) {
      Token next = toks.get(i + 1);
      return next.is("NOUN") || next.is("ADJ") || next.is("PROPN") || next.is("NUM");
    }
    return false;
  }

  static boolean isFinite(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    if (AUXILIARIES.contains(w) && !w.equals("be") && !w.equals("been")) return true;
    if (!t.is("VERB") && !(t.is("ADJ") && w.endsWith("ed"))) return false;
    if (t.text().contains("-")) return false;
    return w.endsWith("ed") || IRREGULAR_PAST.contains(w) || w.endsWith("s") && !w.endsWith("ss");
  }
}
