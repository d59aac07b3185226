package org.factdrill.facts;

import java.util.List;
import org.factdrill.article.Article;

/** Article to {@link Facts}: entities, dates on the article's timeline, numbers, acronyms, clauses. */
public final class FactFinder {
  private FactFinder() {}

  public static Facts find(Article article) {
    EntityFinder.Found found = new EntityFinder(article).find();
    List<DateMention> dates = DateFinder.find(article);
    List<NumberMention> numbers = NumberFinder.find(article, dates);
    List<Clause> clauses = ClauseFinder.find(article, dates, found.mentions());
    return new Facts(article, found.entities(), found.mentions(), dates, numbers, found.acronyms(), clauses);
  }
}
