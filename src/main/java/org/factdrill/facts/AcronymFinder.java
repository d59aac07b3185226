package org.factdrill.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdrill.nlp.AnalysedArticle;
import org.factdrill.nlp.Sentence;

/**
 * Initials the article defines: "Collective Security Treaty Organisation (CSTO)". The capitalised
 * words before the bracket must spell the initials (small words such as "of" and "the" may be
 * skipped), so a bracketed aside is never taken for a definition.
 */
public final class AcronymFinder {
  private AcronymFinder() {}

  public static List<Acronym> find(AnalysedArticle article) {
    Map<String, Acronym> found = new LinkedHashMap<>();
    for (Sentence s : article.sentences()) {
      for (int i = 2; i + 1 < s.size(); i++) {
        if (!s.token(i - 1).text().equals("(") || !s.token(i + 1).text().equals(")")) continue;
        String initials = s.token(i).text();
        if (!initials.matches("\\p{Lu}[\\p{Lu}&]{1,6}")) continue;
        int start = longFormStart(s, i - 1, initials);
        if (start < 0) continue;
        String longForm = s.text(start, i - 1);
        found.putIfAbsent(initials, new Acronym(Facts.id("acronym", initials, longForm), s.index(), initials, longForm));
      }
    }
    return new ArrayList<>(found.values());
  }

  /** Where the words spelling {@code initials} start, walking back from the bracket; -1 when they do not. */
  static int longFormStart(Sentence s, int bracket, String initials) {
    int letter = initials.length() - 1;
    int t = bracket - 1;
    int start = -1;
    while (t >= 0 && letter >= 0) {
      String w = s.token(t).text();
      if (w.matches("(?i)of|the|for|and|on|in|de|&")) {
        t--;
        continue;
      }
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return -1;
      // a hyphenated name may give two letters: "Anti-Doping" -> AD
      String[] parts = w.split("-");
      for (int p = parts.length - 1; p >= 0 && letter >= 0; p--) {
        if (parts[p].isEmpty()) continue;
        if (Character.toUpperCase(parts[p].charAt(0)) != initials.charAt(letter)) {
          if (p == parts.length - 1) return -1;
          break;
        }
        letter--;
      }
      start = t;
      t--;
    }
    if (letter >= 0 || start < 0) return -1;
    if (s.token(start).text().toLowerCase(Locale.ROOT).equals("the")) start++;
    return start;
  }
}
