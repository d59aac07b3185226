package org.factdrill.questions;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdrill.facts.Entity;
import org.factdrill.facts.Facts;
import org.factdrill.facts.Lexicon;
import org.factdrill.nlp.AnalysedArticle;
import org.factdrill.nlp.Sentence;

/**
 * What an article is about, as its headline says it: the headline's content words. A question
 * whose prompt and answer share none of them asks about a side detail (an earlier deal, a
 * runner-up, an author's other books); in blind ratings such questions were accepted half as
 * often as those that do (16% against 34% over seven samples), the commonest rule 5 rejection.
 * Words match on their first five letters, so that "Farouk" matches "Farouk's" and
 * "protest" matches "protesters", once a plural's "s" is off ("cafes" matches "cafe"); initials
 * ("US", "EU") are content words however short.
 */
public final class Topic {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");
  /** Words of any headline that say nothing of its subject. */
  private static final Set<String> NOT_CONTENT = Set.of("the", "and", "for", "with", "from", "into", "over", "after", "before",
      "says", "say", "said", "new", "more", "than", "its", "his", "her", "their", "are", "was", "were", "has", "have", "had",
      "will", "not", "but", "out", "off", "amid", "set", "get", "gets", "make", "makes", "takes", "take", "back", "top", "big",
      "hits", "hit", "still", "first", "last", "year", "years", "day", "days", "this", "that", "what", "how", "who", "why", "bid");
  static final int PREFIX = 5;
  /** Nouns that news writing uses for one and the same thing, to vary its words. */
  private static final java.util.Map<String, String> SAME_THING = java.util.Map.of("prize", "award", "award", "prize",
      "firm", "company", "company", "firm", "film", "movie", "movie", "film");

  private final Set<String> stems;

  private Topic(Set<String> stems) {
    this.stems = stems;
  }

  /** The headline's topic; when the article has no headline, its first sentence's. */
  public static Topic of(AnalysedArticle article) {
    Sentence h = article.headline() != null ? article.headline() : article.sentences().isEmpty() ? null : article.sentences().get(0);
    return new Topic(h == null ? Set.of() : stems(h.text()));
  }

  /**
   * The headline's topic and the name of what the article talks about most (its most salient named
   * entity): a headline may leave out the body whose news it gives ("Strike called off" over a story
   * about Harbour Rail's talks with its drivers).
   */
  public static Topic of(Facts facts) {
    var all = new HashSet<>(of(facts.article()).stems);
    Entity most = null;
    Entity person = null;
    for (Entity e : facts.entities().all()) {
      if (e.kind().isNamed() && (most == null || e.salience() > most.salience())) most = e;
      if (e.kind() == org.factdrill.facts.Kind.PERSON && (person == null || e.salience() > person.salience())) person = e;
    }
    if (most != null) all.addAll(stems(most.name()));
    // "Court jails former Northgate mayor": a headline may describe the person it is about rather than name
    // them, and the place of the story may be talked of more; the person talked of most, nearly as much, is
    // what the story is about too
    if (person != null && most != null && person.salience() >= most.salience() / 2) all.addAll(stems(person.name()));
    return new Topic(all);
  }

  /** The topic of the article's first sentence, for a headline that names nothing the article asks about (a pun). */
  public static Topic ofLead(AnalysedArticle article) {
    return new Topic(article.sentences().isEmpty() ? Set.of() : stems(article.sentences().get(0).text()));
  }

  /**
   * A plural's "s" taken off, so that "cafes" matches "cafe" and "talks" "talk": five letters keep
   * the plural of a longer word ("protesters", "protest") but not of a short one. Not "ss", "us" or
   * "is" ("chess", "virus", "crisis"), which are no plurals.
   */
  static String singular(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
        ? w.substring(0, w.length() - 1) : w;
  }

  /** Whether a question's prompt, answer and pairs share a content word with the topic; true when the topic is empty. */
  public boolean covers(Question q) {
    if (stems.isEmpty()) return true;
    var text = new StringBuilder(q.prompt()).append(' ').append(q.answerText());
    if (q instanceof Matching m) for (Matching.Pair p : m.pairs()) text.append(' ').append(p.left()).append(' ').append(p.right());
    if (q instanceof Ordering o) for (String item : o.answers()) text.append(' ').append(item);
    for (String s : stems(text.toString())) if (stems.contains(s)) return true;
    return false;
  }

  static Set<String> stems(String text) {
    var out = new HashSet<String>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group().replaceAll("'s?$", "");
      String w = word.toLowerCase(Locale.ROOT);
      // "US", "EU", "BT": short words are function words, except initials, which name the subject
      boolean initials = word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
      if ((w.length() < 3 && !initials) || NOT_CONTENT.contains(w)) continue;
      String stem = singular(w);
      out.add(stem.length() > PREFIX ? stem.substring(0, PREFIX) : stem);
      // "prize" in the headline, "award" in the text: news writing varies the word for one thing
      String same = SAME_THING.get(stem);
      if (same != null) out.add(same.length() > PREFIX ? same.substring(0, PREFIX) : same);
      // "Chinese authorities" in a story headed "China ...": a nationality stands for its country
      Lexicon.Known country = Lexicon.get().countryOfAdjective(word);
      if (country != null && !country.name().equalsIgnoreCase(word)) out.addAll(stems(country.name()));
    }
    return out;
  }
}
