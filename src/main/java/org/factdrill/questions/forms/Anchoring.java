package org.factdrill.questions.forms;

import java.util.Collection;
import java.util.Set;
import org.factdrill.facts.Clause;
import org.factdrill.facts.Entities;
import org.factdrill.facts.Entity;
import org.factdrill.facts.Kind;
import org.factdrill.nlp.AnalysedArticle;
import org.factdrill.nlp.Sentence;

/**
 * Whether a question picks out one event and one person worth asking about: what a subject
 * question, a gap and a true-or-false statement all need beside their answer.
 */
final class Anchoring {
  private Anchoring() {}

  /**
   * Whether the clause names something besides its subject (a name, a date, a figure): "Who has
   * apologised to the fans?" says neither what for nor when, and many could be its answer.
   */
  static boolean anchored(Clause clause, Entities entities) {
    return anchored(clause.parse(), clause.tokens(), clause.subject().start(), clause.subject().end(), entities);
  }

  /**
   * Whether the tokens outside [from, to) say enough to pick out one event: a name, a date or a
   * figure, or a predicate of five content words or more ("has rejected a plan that would have
   * closed every northern route"). A span of time is no anchor. A word that refers to a named thing
   * other than the answer ("its", "the firm", said in the question by the company's name) is a name;
   * "he" and "his" are not, for a person's pronoun is too often tied to the wrong one.
   */
  static boolean anchored(Sentence s, Collection<Integer> tokens, int from, int to, Entities entities) {
    Entity answer = from < to ? entities.at(s.index(), from) : null;
    int content = 0;
    for (int t : tokens) {
      if (t >= from && t < to) continue;
      var tok = s.token(t);
      String ner = tok.ner();
      // "Kenya's ____ set a record": a word of the answer's own phrase says nothing of the event
      boolean ownPhrase = s.head(t) >= from && s.head(t) < to;
      // "last year", "on Thursday": a date only the article's own date places picks out no event
      boolean relative = ner.equals("DATE") && !dated(s, t);
      if (!ownPhrase && !relative && !NO_ANCHOR.contains(ner)) {
        return true;
      }
      Entity referred = ner.equals("O") ? entities.at(s.index(), t) : null;
      if (!ownPhrase && referred != null && referred.kind().isBody() && !referred.equals(answer)) return true;
      if (ownPhrase) continue;
      if (tok.isNoun() || tok.pos().startsWith("JJ") || tok.isVerb() && !tok.lemma().equals("be") && !tok.lemma().equals("have")) content++;
    }
    return content >= ANCHORING_WORDS;
  }

  static final int ANCHORING_WORDS = 5;

  /**
   * Whether the predicate {@code predicate} calls its subject one of several ("is among three writers
   * on the shortlist", "is one of the favourites", "will start as one of the favourites"): the
   * others answer a question for the subject as well.
   */
  static boolean oneOfSeveral(Sentence s, int predicate) {
    if (s.token(predicate).text().equalsIgnoreCase("one") && ofMany(s, predicate)) return true;
    for (int c : s.children(predicate)) {
      String w = s.token(c).text().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("among") || w.equals("one") && ofMany(s, c)) return true;
    }
    return false;
  }

  /** Whether "one" at {@code one} is one "of" a plural ("one of the favourites"). */
  private static boolean ofMany(Sentence s, int one) {
    for (int n : s.children(one)) {
      if (s.relation(n).startsWith("nmod") && (s.token(n).pos().equals("NNS") || s.token(n).pos().equals("NNPS"))
          && s.children(n, "case").stream().anyMatch(k -> s.token(k).text().equalsIgnoreCase("of"))) {
        return true;
      }
    }
    return false;
  }

  /** Entity types that say nothing of which event: a title, a charge, a span of time. */
  private static final Set<String> NO_ANCHOR = Set.of("O", "TITLE", "CAUSE_OF_DEATH", "CRIMINAL_CHARGE", "DURATION", "SET");
  private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile(
      "(?i).*(\\d|\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b).*");

  /**
   * Whether a person is one the article names once and never comes back to (a co-host, a police
   * officer, an actor being replaced): a side character, whose name is trivia (rubric rule 5; in
   * blind ratings 31% of such answers were accepted, 71% of people named again). One the headline
   * names is the story's own, however seldom the text repeats the name.
   */
  static boolean sideCharacter(Entity e, AnalysedArticle article) {
    if (e.kind() != Kind.PERSON || e.mentions().size() >= 2) return false;
    if (holdsAQualifiedOffice(e, article)) return false;
    Sentence headline = article.headline();
    if (headline == null) return true;
    String surname = e.name().substring(e.name().lastIndexOf(' ') + 1);
    return headline.tokens().stream().noneMatch(t -> t.text().equals(surname));
  }

  /**
   * Whether the article names the person with an office that says whose it is ("Senate Majority
   * Leader", "Kenyan President"): an office holder acting in the story is no side character, however
   * seldom named.
   */
  private static boolean holdsAQualifiedOffice(Entity e, AnalysedArticle article) {
    for (org.factdrill.nlp.Mention m : e.mentions()) {
      if (m.sentence() >= article.sentences().size()) continue;
      String office = org.factdrill.facts.OfficeFinder.titleBefore(article.sentences().get(m.sentence()), m);
      if (office == null || !org.factdrill.facts.OfficeFinder.qualified(office)) continue;
      String last = office.substring(office.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
      if (PUBLIC_OFFICES.contains(last)) return true;
    }
    return false;
  }

  /** Offices of public life, whose holders act in the news they are named in ("Kenyan runner" is no office). */
  private static final Set<String> PUBLIC_OFFICES = Set.of("secretary", "minister", "president", "chancellor", "senator",
      "governor", "mayor", "speaker", "leader", "commissioner", "premier", "ambassador", "prosecutor", "judge");

  /**
   * The prompt with a work that is its clause's subject said with its sort: "In which city is the
   * novel Harbour Lights set?", where the title alone may not read as a book's (raters asked what
   * it was); unchanged where the article gives no one sort or the prompt says it already.
   */
  static String workWithItsSort(org.factdrill.questions.Context c, Clause clause, String prompt) {
    Entity work = clause.subject().entity();
    if (prompt == null || work == null || work.kind() != Kind.WORK) return prompt;
    String sort = c.distractors().roleOf(work);
    int at = prompt.indexOf(" " + work.name());
    if (sort == null || at < 0 || prompt.contains(sort + " " + work.name())) return prompt;
    return prompt.substring(0, at) + " the " + sort + prompt.substring(at);
  }

  /** Whether the date mention at token {@code t} holds a year, a day's number or a month's name. */
  private static boolean dated(Sentence s, int t) {
    var m = s.mentionAt(t);
    String text = m != null ? m.text() : s.token(t).text();
    return DATED.matcher(text).matches();
  }
}
