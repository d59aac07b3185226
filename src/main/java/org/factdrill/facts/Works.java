package org.factdrill.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.nlp.AnalysedArticle;
import org.factdrill.nlp.Mention;
import org.factdrill.nlp.Sentence;
import org.factdrill.nlp.Token;

/**
 * Titles of works (novels, films, plays, albums) the article names. The entity tagger has no type
 * for them ("Harbour Lights won the prize" tags nothing), yet arts news is mostly about them. A title
 * is a run of capitalised words the article introduces as a work: after a work noun ("the novel
 * Harbour Lights", "her play The Glass Harbour"), before one set beside it ("Harbour Lights, her second
 * novel"), or before "by" and a person's name ("Salt Road by Amina Wekesa"). Wherever the article
 * then uses the title, it names that work: the title's tokens become a mention of type
 * {@value #TYPE}, as if the tagger had found it.
 */
public final class Works {
  private Works() {}

  /** The mention type of a work's title. */
  public static final String TYPE = "WORK";

  /** Nouns for a work, which introduce its title. */
  static final Set<String> WORK_NOUNS = Set.of("novel", "book", "film", "movie", "play", "musical", "album", "single", "song",
      "series", "drama", "comedy", "opera", "sitcom", "documentary", "memoir", "biography", "painting", "portrait", "poem",
      "thriller", "novella", "collection", "anthology", "ballet", "symphony");

  /** Small words a title may hold between its capitalised ones ("Tales of the Coast Road", "A Day at the Harbour"). */
  private static final Set<String> INNER = Set.of("of", "the", "a", "an", "in", "on", "to", "for", "with", "at", "from", "my", "'s");

  /** Entity types a title never holds: a date or a sum is the sentence's own ("the 2004 novel"). */
  private static final Set<String> NOT_IN_A_TITLE = Set.of("DATE", "MONEY", "PERCENT", "NUMBER", "DURATION", "TIME");

  /**
   * Entity types a title only holds where a work noun introduces it: "the novel Harbour Lights" is a
   * work the tagger read as a body, but before "by" a person's or a body's name is most often just that.
   */
  private static final Set<String> NAMES = Set.of("PERSON", "ORGANIZATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
      "NATIONALITY", "LOCATION");

  /** The article with every use of a title it introduces tagged as a work. */
  public static AnalysedArticle tagged(AnalysedArticle article) {
    var titles = new LinkedHashSet<List<String>>();
    for (Sentence s : article.sentences()) titles.addAll(titlesIn(s));
    if (titles.isEmpty()) return article;
    var sentences = new ArrayList<Sentence>();
    for (Sentence s : article.sentences()) sentences.add(tag(s, titles));
    return new AnalysedArticle(article.headline(), sentences, article.chains());
  }

  /** The titles one sentence introduces, each as its tokens' texts. */
  static List<List<String>> titlesIn(Sentence s) {
    var out = new ArrayList<List<String>>();
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      // "her novel Harbour Lights": the parser reads "novel" there as an adjective as often as a noun
      boolean workNoun = (t.pos().startsWith("NN") || t.pos().equals("JJ")) && !t.isProperNoun()
          && WORK_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT));
      if (workNoun && i + 1 < s.size()) add(out, s, runFrom(s, i + 1), true); // "the novel Harbour Lights"
      // "the novel, Salt Road, ...": the title between commas
      if (workNoun && i + 2 < s.size() && s.token(i + 1).text().equals(",")) {
        int[] run = runFrom(s, i + 2);
        if (run != null && run[1] < s.size() && s.token(run[1]).text().equals(",")) add(out, s, run, true);
      }
      // "Harbour Lights, her second novel": the noun set beside the title after a comma
      if (workNoun && s.relation(i).equals("appos")) {
        int first = s.subtree(i).get(0);
        if (first > 1 && s.token(first - 1).text().equals(",")) add(out, s, runTo(s, first - 2), true);
      }
      // "Salt Road by Amina Wekesa": a title, "by" and a person's name
      if (t.text().equals("by") && i + 1 < s.size() && s.token(i + 1).ner().equals("PERSON") && i > 0) add(out, s, runTo(s, i - 1), false);
    }
    return out;
  }

  /** Adds a title's words; a run the tagger read as a name only where a work noun says it is a work. */
  private static void add(List<List<String>> out, Sentence s, int[] span, boolean saidToBeAWork) {
    if (span == null) return;
    var words = new ArrayList<String>();
    for (int k = span[0]; k < span[1]; k++) {
      if (!saidToBeAWork && NAMES.contains(s.token(k).ner())) return;
      words.add(s.token(k).text());
    }
    out.add(words);
  }

  /** The capitalised run starting at {@code from}, or null. */
  private static int[] runFrom(Sentence s, int from) {
    if (!capitalised(s, from)) return null;
    int end = from + 1;
    int k = from + 1;
    while (k < s.size() && (capitalised(s, k) || inner(s, k))) {
      if (capitalised(s, k)) end = k + 1;
      k++;
    }
    return valid(s, from, end) ? new int[] {from, end} : null;
  }

  /** The capitalised run ending at {@code last}, or null. */
  private static int[] runTo(Sentence s, int last) {
    if (last < 0 || !capitalised(s, last)) return null;
    int start = last;
    int k = last - 1;
    while (k >= 0 && (capitalised(s, k) || inner(s, k))) {
      if (capitalised(s, k)) start = k;
      k--;
    }
    return valid(s, start, last + 1) ? new int[] {start, last + 1} : null;
  }

  private static boolean valid(Sentence s, int start, int end) {
    if (end - start > 8) return false;
    // "Harbour Lights and Mr Hale": a title with "and" in it cannot be told from two names; neither half is the title
    if (start >= 2 && Set.of("and", "&").contains(s.token(start - 1).text()) && capitalised(s, start - 2)) return false;
    if (end + 1 < s.size() && Set.of("and", "&").contains(s.token(end).text()) && capitalised(s, end + 1)) return false;
    boolean word = false;
    for (int k = start; k < end; k++) {
      Token t = s.token(k);
      if (NOT_IN_A_TITLE.contains(t.ner())) return false;
      if (!INNER.contains(t.text().toLowerCase(Locale.ROOT)) && Character.isLetter(t.text().charAt(0))) word = true;
    }
    // "The": no title; a sentence's first word alone is capitalised for being first
    return word && !(end - start == 1 && (start == 0 || s.token(start).text().equalsIgnoreCase("the")));
  }

  private static boolean capitalised(Sentence s, int k) {
    String w = s.token(k).text();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !s.token(k).isPronoun() && !w.equals("I");
  }

  private static boolean inner(Sentence s, int k) {
    return INNER.contains(s.token(k).text().toLowerCase(Locale.ROOT)) && k + 1 < s.size() && (capitalised(s, k + 1) || inner(s, k + 1));
  }

  /** The sentence with each use of a title a mention of a work, its tokens typed as one, in place of what overlapped it. */
  private static Sentence tag(Sentence s, Set<List<String>> titles) {
    var spans = new ArrayList<int[]>();
    for (List<String> title : titles) {
      for (int i = 0; i + title.size() <= s.size(); i++) {
        boolean match = true;
        for (int k = 0; k < title.size() && match; k++) match = s.token(i + k).text().equals(title.get(k));
        int from = i;
        if (match && spans.stream().noneMatch(sp -> sp[0] < from + title.size() && from < sp[1])) {
          spans.add(new int[] {i, i + title.size()});
        }
      }
    }
    if (spans.isEmpty()) return s;
    var mentions = new ArrayList<Mention>();
    for (Mention m : s.mentions()) if (spans.stream().noneMatch(sp -> m.overlaps(sp[0], sp[1]))) mentions.add(m);
    var tokens = new ArrayList<>(s.tokens());
    for (int[] sp : spans) {
      mentions.add(new Mention(s.index(), sp[0], sp[1], TYPE, s.text(sp[0], sp[1]), null));
      for (int k = sp[0]; k < sp[1]; k++) {
        Token t = tokens.get(k);
        tokens.set(k, new Token(t.text(), t.lemma(), t.pos(), TYPE, null, t.begin(), t.end()));
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    return new Sentence(s.index(), s.paragraph(), s.text(), tokens, s.dependencies(), mentions);
  }
}
