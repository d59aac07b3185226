package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.facts.Clause;
import org.factdrill.facts.Kind;
import org.factdrill.facts.ShortSentence;
import org.factdrill.facts.Slot;
import org.factdrill.nlp.Sentence;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionForm;

/**
 * A short, self-contained clause with a gap where a sum, a share, a date or a name was: only the
 * clause (its attribution and asides left out), and only when it is short enough to read at once.
 */
public final class GapFill implements QuestionForm {
  /** Longer than this and a gap sentence is a reading test, not a question (and Kahoot refuses it). */
  static final int MAX_LENGTH = org.factdrill.questions.Phrasing.LONG_STATEMENT;

  @Override
  public List<Candidate> ask(Context c) {
    var out = new ArrayList<Candidate>();
    for (Clause clause : c.facts().ofType(Clause.class)) {
      Candidate q = clauseGap(c, clause);
      if (q != null) out.add(q);
    }
    for (ShortSentence sentence : c.facts().ofType(ShortSentence.class)) {
      Candidate q = sentenceGap(c, sentence);
      // a short sentence that is one clause gives the clause's own gap question: keep one
      if (q != null && out.stream().noneMatch(o -> o.question().prompt().equals(q.question().prompt()))) out.add(q);
    }
    return out;
  }

  /**
   * One gap in a clause: a sum or share first, then a date, then a name other than the subject
   * (which a wh-question asks), then the subject.
   */
  private static Candidate clauseGap(Context c, Clause clause) {
    var gaps = new ArrayList<>(clause.gaps());
    gaps.sort(java.util.Comparator.comparingInt((Slot g) -> g.kind() == Kind.MONEY || g.kind() == Kind.PERCENT ? 0
        : g.kind() == Kind.DATE ? 1 : clause.subject().covers(g.start()) ? 3 : 2));
    Candidate typed = null;
    for (Slot slot : gaps) {
      // "____ is among three writers on the shortlist": the others fit the gap as well
      if (clause.subject().covers(slot.start()) && Anchoring.oneOfSeveral(clause.parse(), clause.verb())) continue;
      if (!worthAGap(c, clause.parse(), slot) || cutName(c, slot)
          || !Anchoring.anchored(clause.parse(), clause.tokens(), slot.start(), slot.end(), c.facts().entities())) {
        continue;
      }
      String prompt = c.phrasing().statement(clause, slot.start(), slot.end(), replacement(clause, slot));
      if (prompt == null || prompt.length() > MAX_LENGTH || !prompt.contains(Question.GAP)) continue;
      List<String> wrong = unitWritten(clause.parse(), slot) ? null : wrongChoices(c, slot, prompt);
      if (wrong == null) {
        // no wrong choices of the same sort: the gap is typed, unless another gap of the clause has them
        if (typed == null) typed = ask(c, slot, prompt, List.of(), clause.sentence(), clause.id(), c.weight(clause) - 0.3);
        continue;
      }
      return ask(c, slot, prompt, wrong, clause.sentence(), clause.id(), c.weight(clause) - 0.3);
    }
    return typed;
  }

  /**
   * Whether a token stands in an aside set off by a comma after the noun it describes ("The firm's
   * cheeses, popular in France and further afield, ..."): what the aside says is not what the sentence
   * tells, and a gap there asks a by-the-way.
   */
  static boolean inAside(org.factdrill.nlp.Sentence s, int token) {
    for (int t = token, steps = 0; t >= 0 && steps < s.size(); t = s.head(t), steps++) {
      String r = s.relation(t);
      int noun = s.head(t);
      if ((r.equals("amod") || r.startsWith("acl") || r.equals("appos")) && noun >= 0 && t > noun) {
        int first = s.subtree(t).get(0);
        if (first > 0 && s.token(first - 1).text().equals(",")) return true;
      }
      if (s.token(t).isVerb() && (r.equals("root") || r.equals("conj") || r.equals("ccomp"))) break;
    }
    return false;
  }

  /**
   * Whether a slot makes a gap worth filling: in the article's lead and outside an aside; a name that
   * is a name of its kind, not one of a list, and not a place that only says whose the next noun is
   * ("____'s Harbour Bank", "____'s shilling"), which the noun itself gives away and which is rarely
   * the point of the sentence.
   */
  static boolean worthAGap(Context c, org.factdrill.nlp.Sentence s, Slot slot) {
    // a sentence after the lead leans on the ones before it: quoted with a name cut out, it reads as a detail
    // out of context (over sixteen ratings both raters accepted 50% of such gaps, 87% of the lead's), and so
    // it does with a figure or a date cut out (over all ratings, 9 of 26 such gaps still in the banks, 35%,
    // against 204 of 235 in the lead: "ticket sales rose ____", of what, where?); the clause is still asked as
    // a question or a statement, which says it in words of its own
    if (s.index() >= org.factdrill.facts.Facts.LEAD) return false;
    if (inAside(s, slot.head())) return false;
    if (slot.entity() != null && !org.factdrill.questions.Distractors.plausibleAnswer(slot.entity())) return false;
    if (slot.entity() != null && Anchoring.sideCharacter(slot.entity(), c.facts().article())) return false;
    // one of several joined by "and" or "or" ("A, B and C feature on the list"): the others are right too
    for (int t = slot.start(); t < slot.end(); t++) {
      if (!s.children(t, "conj").isEmpty() || s.relation(t).equals("conj") && (s.head(t) < slot.start() || s.head(t) >= slot.end())) {
        return false;
      }
      // "Wekesa, Karim Farouk, Joseph Mutebi and Tom Adeyemi": a list the parser read as appositions
      for (int a : s.children(t, "appos")) if (s.token(a).ner().equals(s.token(t).ner()) && s.token(a).isEntity()) return false;
      if (s.relation(t).equals("appos") && s.head(t) >= 0 && s.token(s.head(t)).ner().equals(s.token(t).ner())
          && (s.head(t) < slot.start() || s.head(t) >= slot.end())) {
        return false;
      }
    }
    // "Athletics ____" for a body named "Athletics Kenya", "the Northgate Great ____ Run": a name whose other words stay beside the gap
    // (a title before it stays: "Senate Majority Leader ____")
    if (slot.start() > 0 && s.token(slot.start() - 1).isProperNoun() && !s.relation(slot.start() - 1).equals("nmod:poss")
        && s.head(slot.start() - 1) >= slot.start() && !s.token(slot.start() - 1).ner().equals("TITLE")
        && !s.token(slot.start() - 1).ner().equals("O")) {
      return false;
    }
    if (slot.end() < s.size() && s.token(slot.end()).isProperNoun()) return false;
    // "Athletics ____" for Athletics Kenya, whatever the tagger called "Athletics"
    if (slot.start() > 0 && s.token(slot.start() - 1).isProperNoun() && s.relation(slot.start() - 1).equals("compound")
        && s.head(slot.start() - 1) >= slot.start() && s.head(slot.start() - 1) < slot.end() && !s.token(slot.start() - 1).ner().equals("TITLE")) {
      return false;
    }
    // "The Duchy of ____", "the plain green ____ spruce": a word of a longer name, or a noun's modifier, is no answer
    int last = slot.end() - 1;
    if (s.relation(last).equals("compound") && (s.head(last) < slot.start() || s.head(last) >= slot.end())) return false;
    int outer = s.head(last);
    if (outer >= 0 && (outer < slot.start() || outer >= slot.end()) && s.relation(last).startsWith("nmod") && s.token(outer).isProperNoun()
        && slot.start() > 0 && s.token(slot.start() - 1).text().equals("of")) {
      return false;
    }
    // "at a dizzying ____" for 8.2%: an adjective before a figure's gap asks for a noun ("pace"), not the figure
    if ((slot.kind() == Kind.PERCENT || slot.kind() == Kind.MONEY || slot.kind() == Kind.NUMBER) && slot.start() > 0) {
      int before = slot.start() - 1;
      String r = s.relation(before);
      if ((r.equals("amod") || r.equals("compound")) && s.head(before) >= slot.start() && s.head(before) < slot.end()
          && !s.token(before).isEntity() && !s.token(before).isProperNoun()) {
        return false;
      }
    }
    // "in ____" for "March": a month alone, with no day or year, is a background detail, not a date to learn
    if (slot.kind() == Kind.DATE && slot.answer() != null && slot.answer().matches("(?i)(January|February|March|April|May|June|July"
        + "|August|September|October|November|December)")) {
      return false;
    }
    // "the studio's ____ film": a year that only describes a thing (a film's, a book's) is trivia about it
    if (slot.kind() == Kind.DATE && (s.relation(last).equals("amod") || s.relation(last).equals("nummod")
        || s.relation(last).equals("compound")) && s.head(last) >= slot.end() && s.token(s.head(last)).isNoun()) {
      return false;
    }
    // "a 4% target for ____": after "for" the gap takes a noun as well ("growth") as a year
    if (slot.kind() == Kind.DATE && slot.start() > 0 && s.token(slot.start() - 1).text().equalsIgnoreCase("for")) return false;
    // "since Tom Hale's appointment as chairman in ____": a date of a noun's own event, inside another phrase, is
    // background to the clause, not when what it tells happened
    if (slot.kind() == Kind.DATE && s.relation(last).startsWith("nmod") && s.head(last) >= 0 && s.token(s.head(last)).isNoun()
        && (s.head(last) < slot.start() || s.head(last) >= slot.end())) {
      return false;
    }
    // "Harbour Rail Group ____" for "HRG": initials right after the name they stand for answer themselves
    if (slot.entity() != null && slot.start() > 0) {
      String before = s.text(Math.max(0, slot.start() - 5), slot.start());
      String letters = slot.entity().name().replaceAll("[^\\p{Lu}]", "");
      if (letters.length() >= 2 && slot.entity().name().matches("[\\p{Lu}&.]+")
          && before.replaceAll("[^\\p{Lu}]", "").endsWith(letters)) {
        return false;
      }
    }
    boolean place = slot.kind() == Kind.COUNTRY || slot.kind() == Kind.CITY || slot.kind() == Kind.STATE || slot.kind() == Kind.PLACE;
    return !(place && slot.end() < s.size() && s.token(slot.end()).text().equals("'s"));
  }

  /** One gap in a short sentence: a sum, share or date first (concrete, and rarely guessable), else its best-known name. */
  private static Candidate sentenceGap(Context c, ShortSentence sentence) {
    var gaps = new ArrayList<>(sentence.gaps());
    gaps.sort(java.util.Comparator.comparingDouble((Slot g) -> g.entity() == null ? -100 : -g.entity().salience()));
    Candidate typed = null;
    for (Slot slot : gaps) {
      if (!worthAGap(c, sentence.parse(), slot) || cutName(c, slot) || subjectOneOfSeveral(sentence.parse(), slot)) continue;
      var rest = new java.util.ArrayList<Integer>();
      for (int t = sentence.from(); t < sentence.parse().size(); t++) rest.add(t);
      // "____ has apologised to the fans": what for, and when? Many could fill it (rubric rule 1)
      if (!Anchoring.anchored(sentence.parse(), rest, slot.start(), slot.end(), c.facts().entities())) continue;
      String prompt = c.phrasing().statement(sentence.parse(), sentence.from(), slot.start(), slot.end(),
          slot.saidWithThe(sentence.parse()) ? "the " + Question.GAP : Question.GAP);
      if (prompt == null || prompt.length() > MAX_LENGTH + 30) return typed; // unresolved words fail every gap alike
      List<String> wrong = unitWritten(sentence.parse(), slot) ? null : wrongChoices(c, slot, prompt);
      if (wrong == null) {
        if (typed == null) typed = ask(c, slot, prompt, List.of(), sentence.sentence(), sentence.id(), c.weight(sentence) - 0.5);
        continue;
      }
      return ask(c, slot, prompt, wrong, sentence.sentence(), sentence.id(), c.weight(sentence) - 0.5);
    }
    return typed;
  }

  /** Whether the slot is a subject its sentence calls one of several. */
  private static boolean subjectOneOfSeveral(org.factdrill.nlp.Sentence s, Slot slot) {
    return s.relation(slot.head()).startsWith("nsubj") && s.head(slot.head()) >= 0 && Anchoring.oneOfSeveral(s, s.head(slot.head()));
  }

  /** Whether the gap's name is the first words of a longer name the article gives the same sort of thing. */
  private static boolean cutName(Context c, Slot slot) {
    return slot.entity() != null && c.facts().entities().cutName(slot.entity());
  }

  /**
   * Whether the gap is a figure with its unit written onto it ("1,500m", "9mm"), outside the gap or
   * inside it ("won ____ gold" for "200m"): that names a thing (a race, a calibre), and figures made up
   * beside it name nothing ("the women's 1,700m", "300m gold"), so the gap is asked typed.
   */
  static boolean unitWritten(Sentence s, Slot slot) {
    if (slot.end() < s.size() && unitAfterFigure(s, slot.end())) return true;
    // a sum's "£4.5bn" is money, not a measure
    return slot.kind() == Kind.NUMBER && (slot.end() - slot.start() >= 2 && unitAfterFigure(s, slot.end() - 1)
        || slot.answer() != null && slot.answer().matches("\\d[\\d,.]*\\p{L}{1,3}"));
  }

  /** Whether token {@code t} is letters written straight onto the figure before it ("m" of "1,500m"). */
  private static boolean unitAfterFigure(Sentence s, int t) {
    return t > 0 && s.token(t).begin() == s.token(t - 1).end() && Character.isLetter(s.token(t).text().charAt(0))
        && s.token(t - 1).pos().equals("CD");
  }

  /** Wrong choices of the slot's kind, or null when there are too few (people: two will do, else three). */
  private static List<String> wrongChoices(Context c, Slot slot, String prompt) {
    List<String> wrong = c.distractors().ofSlot(slot, 3, prompt, c.random(prompt));
    return wrong.size() < (slot.kind() == Kind.PERSON ? 2 : 3) ? null : wrong;
  }

  /** The gap question for one slot, with its wrong choices. */
  private static Candidate ask(Context c, Slot slot, String prompt, List<String> wrong, int sentence, String fact, double weight) {
    String answer = slot.entity() != null ? slot.entity().name() : slot.answer();
    return Choices.ask(c, prompt, answer, List.of(), wrong, slot.kind().wireName(), c.source(sentence), fact, weight);
  }

  /** The gap keeps the words around the answer that are not the answer: "on ____", "the ____". */
  private static String replacement(Clause clause, Slot slot) {
    var s = clause.parse();
    if (slot.role() == Slot.Role.DATE && slot.start() < slot.end() - 1) {
      String first = s.token(slot.start()).text();
      if (first.equalsIgnoreCase("on") || first.equalsIgnoreCase("in")) return first.toLowerCase(java.util.Locale.ROOT) + " " + Question.GAP;
    }
    if (slot.saidWithThe(s)) return "the " + Question.GAP;
    return Question.GAP;
  }
}
