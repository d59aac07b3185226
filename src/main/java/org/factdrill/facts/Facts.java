package org.factdrill.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.nlp.AnalysedArticle;
import org.factdrill.nlp.Sentence;
import org.factdrill.nlp.Token;

/** Everything read from one article: its named entities, its timeline and the facts each extractor found. */
public record Facts(AnalysedArticle article, Entities entities, Timeline timeline, List<Fact> all) {
  public Facts {
    all = List.copyOf(all);
  }

  /** Runs every extractor over an analysed article. */
  public static Facts of(AnalysedArticle analysed) {
    AnalysedArticle article = Works.tagged(analysed);
    Entities entities = Entities.of(article);
    Timeline timeline = new Timeline(article);
    var facts = new ArrayList<Fact>();
    facts.addAll(OfficeFinder.find(article, entities));
    facts.addAll(AcronymFinder.find(article));
    List<Clause> clauses = ClauseFinder.find(article, entities, timeline);
    facts.addAll(clauses);
    facts.addAll(ListingFinder.find(clauses, entities));
    facts.addAll(ShortSentenceFinder.find(article, entities));
    int comments = readersPart(article);
    facts.removeIf(f -> f.sentence() >= comments);
    return new Facts(article, entities, timeline, facts);
  }

  private static final java.util.regex.Pattern TO_THE_READER = java.util.regex.Pattern.compile("(?i).*\\b(you|your)\\b.*\\?\\s*$");

  /**
   * Where the readers' part of an article begins: facts from there are their comments and
   * answers, not the news, and trivia (rubric rule 5). The article's length when it has none.
   */
  static int readersPart(AnalysedArticle article) {
    return Math.min(afterAQuestionToThem(article.sentences()), commentThread(article.sentences()));
  }

  /** After the article asks its readers something ("What do you think of the new timetable?"). */
  private static int afterAQuestionToThem(List<Sentence> sentences) {
    for (int i = sentences.size() / 3; i < sentences.size(); i++) {
      String text = sentences.get(i).text();
      if (TO_THE_READER.matcher(text).matches() && !text.contains("\"")) return i;
    }
    return sentences.size();
  }

  /**
   * Comments printed under the story with no question to the readers: sentences outside quotation
   * marks that ask something or speak as "I" (news reports in the third person and quotes its
   * speakers). A long thread may begin soon after the lead, so the part begins at the earliest
   * such sentence from which on they are at least {@value #MIN_READER_VOICES} and at least
   * {@value #READER_DENSITY} of the sentences.
   */
  private static int commentThread(List<Sentence> sentences) {
    int n = sentences.size();
    // a quotation may run over several sentences, marked only where it opens and closes
    boolean[] insideQuote = new boolean[n];
    boolean open = false;
    for (int i = 0; i < n; i++) {
      insideQuote[i] = open;
      for (Token t : sentences.get(i).tokens()) if (QUOTE_MARKS.contains(t.text())) open = !open;
    }
    int voices = 0;
    int first = n;
    for (int i = n - 1; i >= LEAD; i--) {
      if (insideQuote[i] || !readersVoice(sentences.get(i))) continue;
      voices++;
      if (voices >= MIN_READER_VOICES && voices >= READER_DENSITY * (n - i)) first = i;
    }
    return first;
  }

  /** The lead: an article's first sentences, which say what the story is. */
  public static final int LEAD = 3;
  static final int MIN_READER_VOICES = 3;
  static final double READER_DENSITY = 0.15;
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "``", "''");

  private static boolean readersVoice(Sentence s) {
    for (Token t : s.tokens()) if (QUOTE_MARKS.contains(t.text())) return false;
    if (s.text().strip().endsWith("?")) return true;
    for (Token t : s.tokens()) {
      String w = t.text().toLowerCase(Locale.ROOT);
      if ((t.pos().equals("PRP") || t.pos().equals("PRP$")) && (w.equals("i") || w.equals("me") || w.equals("my"))) return true;
    }
    return false;
  }

  public <T extends Fact> List<T> ofType(Class<T> type) {
    var out = new ArrayList<T>();
    for (Fact f : all) if (type.isInstance(f)) out.add(type.cast(f));
    return out;
  }

  /** A fact id: "f-" and eight hex digits of SHA-256 over what the fact says. */
  static String id(String... parts) {
    return ContentIds.of("f-", parts);
  }
}
