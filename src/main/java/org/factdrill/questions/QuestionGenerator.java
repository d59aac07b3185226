package org.factdrill.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdrill.facts.Facts;
import org.factdrill.questions.forms.AcronymMatching;
import org.factdrill.questions.forms.EventOrder;
import org.factdrill.questions.forms.GapFill;
import org.factdrill.questions.forms.HowMuch;
import org.factdrill.questions.forms.OfficeMatching;
import org.factdrill.questions.forms.SelectAll;
import org.factdrill.questions.forms.TrueOrFalse;
import org.factdrill.questions.forms.TrueStatements;
import org.factdrill.questions.forms.WhenDidItHappen;
import org.factdrill.questions.forms.WhereDidItHappen;
import org.factdrill.questions.forms.WhichThing;
import org.factdrill.questions.forms.WhoDidIt;

/**
 * Facts to a ranked list of questions: every form asks what it can, then the candidates are
 * ordered by importance, and each fact keeps at most {@value #PER_FACT} questions (of different
 * types: choices, typed, true or false) so that a bank covers the article rather than repeating its
 * lead; a quiz asks one question per fact.
 */
public final class QuestionGenerator {
  static final int PER_FACT = 5;
  static final int MAX_QUESTIONS = 40;
  /** A question's importance must be at least this share of the article's most important one. */
  static final double RELATIVE_FLOOR = 0.3;

  static final List<QuestionForm> FORMS = List.of(new OfficeMatching(),
      new AcronymMatching(), new WhoDidIt(), new WhenDidItHappen(), new HowMuch(), new WhereDidItHappen(), new WhichThing(),
      new SelectAll(), new EventOrder(), new GapFill(), new TrueOrFalse(), new TrueStatements());

  private QuestionGenerator() {}

  public static List<Question> generate(Facts facts, long seed) {
    Context context = Context.of(facts, seed);
    return select(onTopic(withoutBackground(candidates(context), context), facts));
  }

  /**
   * The candidates less those that ask of background: what happened before the news, told after the
   * lead ({@link Importance#background}). An ordering of dated events is kept: there the years are the point.
   */
  static List<Candidate> withoutBackground(List<Candidate> candidates, Context context) {
    var background = new java.util.HashSet<String>();
    for (org.factdrill.facts.Fact f : context.facts().all()) if (context.importance().background(f)) background.add(f.id());
    return candidates.stream().filter(c -> !background.contains(c.fact())).toList();
  }

  /**
   * The candidates about what the article is about (its headline and what it talks about most); when
   * none is (a headline that is a pun or a quote), those about what its first sentence says.
   */
  static List<Candidate> onTopic(List<Candidate> candidates, Facts facts) {
    Topic headline = Topic.of(facts);
    List<Candidate> out = candidates.stream().filter(c -> headline.covers(c.question())).toList();
    if (!out.isEmpty()) return out;
    Topic lead = Topic.ofLead(facts.article());
    return candidates.stream().filter(c -> lead.covers(c.question())).toList();
  }

  static List<Candidate> candidates(Context context) {
    var all = new ArrayList<Candidate>();
    for (QuestionForm f : FORMS) all.addAll(f.ask(context));
    all.addAll(typedTwins(all));
    return all;
  }

  /**
   * Recall beside recognition: a question asked with choices is also asked typed, as another
   * question of the same fact (a quiz asks one of them).
   */
  static List<Candidate> typedTwins(List<Candidate> candidates) {
    var out = new ArrayList<Candidate>();
    for (Candidate c : candidates) {
      if (!(c.question() instanceof MultipleChoice mc) || mc.answer().split(" ").length > 4) continue;
      out.add(new Candidate(new ShortAnswer(QuestionIds.of("short_answer", mc.prompt(), mc.answer()), mc.prompt(), mc.answer(),
          mc.accept(), mc.kind(), mc.source(), mc.fact()), c.fact(), c.weight() - 0.6));
    }
    return out;
  }

  static List<Question> select(List<Candidate> candidates) {
    var sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingDouble(Candidate::weight).reversed().thenComparing(c -> c.question().id()));
    // what matters in the article, not its side details: questions far below the article's best are left out
    double floor = sorted.isEmpty() ? 0 : RELATIVE_FLOOR * sorted.get(0).weight();
    sorted.removeIf(c -> c.weight() < floor);
    Map<String, Integer> perFact = new HashMap<>();
    Map<String, Set<String>> typesPerFact = new HashMap<>();
    Set<String> prompts = new HashSet<>();
    Set<String> ids = new HashSet<>();
    Set<String> gaps = new HashSet<>();
    var out = new ArrayList<Question>();
    for (Candidate c : sorted) {
      if (out.size() >= MAX_QUESTIONS) break;
      Question q = c.question();
      if (!prompts.add(q.type().wireName() + ":" + q.prompt()) || !ids.add(q.id())) continue;
      // "____ was found guilty ..." and "____, 61, was found guilty ...": two readings of one sentence (its
      // clause and the sentence itself) gap the same answer; a bank that holds both asks one question twice
      if (q.isCloze() && !gaps.add(q.type().wireName() + ":" + q.source().text() + ":" + q.answerText())) continue;
      int n = perFact.getOrDefault(c.fact(), 0);
      Set<String> types = typesPerFact.computeIfAbsent(c.fact(), k -> new HashSet<>());
      if (n >= PER_FACT || !types.add(q.type().wireName() + (q.isCloze() ? "-cloze" : ""))) continue;
      perFact.put(c.fact(), n + 1);
      out.add(q);
    }
    return out;
  }
}
