package org.factdrill.questions.forms;

import java.util.ArrayList;
import java.util.List;
import org.factdrill.facts.Clause;
import org.factdrill.facts.Slot;
import org.factdrill.questions.Candidate;
import org.factdrill.questions.Context;
import org.factdrill.questions.QuestionForm;
import org.factdrill.questions.QuestionIds;
import org.factdrill.questions.TrueFalse;

/**
 * "True or false: Britain launched a military operation in Libya." The false statements change one
 * typed slot (the subject, a date, a sum) for another of its kind; the seed decides which are false.
 */
public final class TrueOrFalse implements QuestionForm {
  @Override
  public List<Candidate> ask(Context c) {
    var out = new ArrayList<Candidate>();
    for (Clause clause : c.facts().ofType(Clause.class)) {
      // a false statement changes a date or a sum, which the article states; another name in the subject's
      // place makes a claim the article may simply not speak to ("Coastline Trains cut jobs": it may never say)
      // "Tom Adeyemi has apologised to the fans": what for? A statement must pick out one event, as a question must
      if (!Anchoring.anchored(clause, c.facts().entities())) continue;
      boolean truth = c.random("tf:" + clause.id()).nextBoolean() || changeable(clause) == null;
      String sentence = statement(c, clause, truth);
      // no false statement reads right (no other sum or date of its kind to put in): the true one still asks the fact
      if (sentence == null && !truth) sentence = statement(c, clause, truth = true);
      if (sentence == null) continue;
      String prompt = "True or false: " + sentence;
      Slot slot = pick(clause);
      if (!truth) slot = changeable(clause);
      out.add(new Candidate(new TrueFalse(QuestionIds.of("true_false", prompt, Boolean.toString(truth)), prompt, truth,
          slot.kind().wireName(), c.source(clause), clause.id()), clause.id(), c.weight(clause) - 0.8));
    }
    return out;
  }

  /**
   * The clause as a statement: as the article says it, or (when {@code truth} is false) with its
   * subject, date or sum changed for another of the same kind. Null when it cannot be said well.
   */
  static String statement(Context c, Clause clause, boolean truth) {
    Slot slot = truth ? pick(clause) : changeable(clause);
    if (slot == null) return null;
    // "Adeyemi is replacing ...": a person the article names by one word only is no one to the reader
    if (c.phrasing().knownByOneWord(slot.entity())) return null;
    String shown = slot.entity() != null ? slot.entity().name() : slot.answer();
    if (slot.saidWithThe(clause.parse())) shown = "the " + shown;
    // "it" or "the firm" in the article's sentence, the body's name in the statement: with "the" where the article uses one
    if (slot.entity() != null && !c.facts().entities().namedAt(clause.parse().index(), slot.head())) {
      shown = c.phrasing().theIfNeeded(slot.entity());
    }
    if (!truth) {
      List<String> wrong = c.distractors().ofSlot(slot, 1, clause.parse().text(), c.random("tf-wrong:" + clause.id()));
      if (wrong.isEmpty()) return null;
      String w = wrong.get(0);
      org.factdrill.facts.Entity we = c.facts().entities().named(w);
      boolean withThe = slot.saidWithThe(clause.parse());
      shown = withThe ? (we != null ? c.phrasing().theIfNeeded(we) : "the " + w) : w;
    }
    // the slot's own words with the answer changed: "on 18 February" stays "on ..."
    String surface = clause.parse().text(slot.start(), slot.end());
    String original = slot.entity() != null ? null : slot.answer();
    // a relative date ("Two days later") is stated as the day it comes to: "on March 19"
    String replacement = original != null && surface.contains(original) ? surface.replace(original, shown)
        : slot.role() == Slot.Role.DATE ? "on " + shown + (slot.start() == 0 ? "," : "") : shown;
    String sentence = c.phrasing().statement(clause, slot.start(), slot.end(), replacement);
    if (sentence == null || sentence.length() > 140) return null;
    return Prompts.acceptable("True or false: " + sentence, null) ? sentence : null;
  }

  /** The slot a false statement changes: a date or a sum the article states. */
  static Slot changeable(Clause clause) {
    for (Slot s : clause.slots()) {
      if (s.role() == Slot.Role.DATE || s.role() == Slot.Role.QUANTITY && s.kind() != org.factdrill.facts.Kind.NUMBER) return s;
    }
    return null;
  }

  /** The slot a statement is built around: a named subject first, else a date or a sum. */
  static Slot pick(Clause clause) {
    Slot subject = clause.subject();
    if (subject.entity() != null && subject.kind().isNamed() && clause.parse().children(subject.head(), "conj").isEmpty()) return subject;
    for (Slot s : clause.slots()) {
      if (s.role() == Slot.Role.DATE || s.role() == Slot.Role.QUANTITY && s.kind() != org.factdrill.facts.Kind.NUMBER) return s;
    }
    return null;
  }
}
