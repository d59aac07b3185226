package org.factdrill.facts;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.nlp.AnalysedArticle;

/** Everything read from one article: its named entities, its timeline and the facts each extractor found. */
public record Facts(AnalysedArticle article, Entities entities, Timeline timeline, List<Fact> all) {
  public Facts {
    all = List.copyOf(all);
  }

  /** Runs every extractor over an analysed article. */
  public static Facts of(AnalysedArticle article) {
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
   * Where the readers' part of an article begins: after the article asks its readers something
   * ("What do you think of the new timetable?"), what follows are their comments and answers, not the news; facts from there are trivia (rubric rule 5). The article's length when
   * it asks nothing.
   */
  static int readersPart(AnalysedArticle article) {
    var sentences = article.sentences();
    for (int i = sentences.size() / 3; i < sentences.size(); i++) {
      String text = sentences.get(i).text();
      if (TO_THE_READER.matcher(text).matches() && !text.contains("\"")) return i;
    }
    return sentences.size();
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
