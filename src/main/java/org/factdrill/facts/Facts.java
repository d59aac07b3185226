package org.factdrill.facts;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.article.Article;

/** Everything found in one article: entities and where they are named, dates, numbers, acronyms, clauses. */
public record Facts(Article article, List<Entity> entities, List<Mention> mentions, List<DateMention> dates,
    List<NumberMention> numbers, List<Acronym> acronyms, List<Clause> clauses) {
  public Facts {
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    dates = List.copyOf(dates);
    numbers = List.copyOf(numbers);
    acronyms = List.copyOf(acronyms);
    clauses = List.copyOf(clauses);
  }

  /** Mentions are kept in reading order, so one sentence's are found by binary search. */
  public List<Mention> mentionsIn(int sentence) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).sentence() < sentence) lo = mid + 1;
      else hi = mid;
    }
    int end = lo;
    while (end < mentions.size() && mentions.get(end).sentence() == sentence) end++;
    return mentions.subList(lo, end);
  }

  public List<Mention> mentionsOf(int entity) {
    var out = new ArrayList<Mention>();
    for (Mention m : mentions) if (m.entity() == entity) out.add(m);
    return out;
  }

  public List<DateMention> datesIn(int sentence) {
    return dates.stream().filter(d -> d.sentence() == sentence).toList();
  }

  public List<NumberMention> numbersIn(int sentence) {
    return numbers.stream().filter(n -> n.sentence() == sentence).toList();
  }

  public Entity entity(int index) {
    return entities.get(index);
  }
}
