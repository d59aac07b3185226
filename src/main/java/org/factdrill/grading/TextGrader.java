package org.factdrill.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdrill.grading.Forms.Form;

/**
 * Grades a typed answer the way a fair teacher would. Pure.
 *
 * <ol>
 *   <li><b>Same answer</b>: after folding case, punctuation, spaces and diacritics, the text is the
 *       answer, an accepted form, or a derived form (the country's or organisation's other name,
 *       an acronym, a person's surname, the title left off) that is not also a wrong choice's form.
 *   <li><b>Dates</b> are compared as dates ("17 March", "3/17", "the 17th of March"); a year may
 *       be added or left out unless it contradicts. A different date is wrong, never a typo.
 *   <li><b>Numbers</b> are compared as values ("three", "3", "3 days", "600 000"); the words
 *       around a number may be left out for numeric kinds. A different number is wrong.
 *   <li><b>Typos</b> (see {@link Typos} for the thresholds) are ALMOST, noted "almost: form", unless
 *       the text is as near to a wrong choice, or to another country or organisation, as to the
 *       answer.
 * </ol>
 */
public final class TextGrader {
  private TextGrader() {}

  /** Longer answers are not read: no form of a short answer is that long, and it keeps grading fast. */
  private static final int MAX_GIVEN = 400;

  public static Verdict grade(String given, ExpectedAnswer expected) {
    String text = given == null ? "" : given.strip();
    if (text.isEmpty() || text.length() > Math.max(MAX_GIVEN, 4 * expected.answer().length())) return Verdict.wrong();
    Phrase g = Phrase.of(text);
    if (g.isEmpty()) return Verdict.wrong();
    String kind = expected.kind();
    List<Form> forms = Forms.of(expected.written(), kind);
    List<Form> rivals = rivals(expected, forms);
    Set<String> rivalKeys = new HashSet<>();
    for (Form r : rivals) rivalKeys.add(r.phrase().key());
    Phrase core = core(g, kind);
    Set<String> givenKeys = new HashSet<>(List.of(g.key(), core.key()));

    // 1. The same answer, as written or in another form.
    for (Form f : forms) if (f.written() && givenKeys.contains(f.phrase().key())) return Verdict.correct();
    for (String k : givenKeys) if (rivalKeys.contains(k)) return Verdict.wrong();
    for (Form f : forms) if (givenKeys.contains(f.phrase().key())) return Verdict.correct();
    if (sameWithQualifiers(core, forms, expected) || sameName(core, forms, kind)) {
      return Verdict.correct();
    }

    // 2. Dates, 3. numbers: exact in value, never a typo.
    // A person or a country called May or Georgia is not a date.
    boolean named = Vocabulary.isPerson(kind) || Vocabulary.NAMED_KINDS.contains(kind);
    List<Dates.Day> answerDates = new ArrayList<>();
    if (!named) for (String w : expected.written()) answerDates.addAll(Dates.readings(w));
    if (!answerDates.isEmpty()) {
      List<Dates.Day> givenDates = Dates.readings(text);
      if (!givenDates.isEmpty()) return dates(givenDates, answerDates, expected);
    } else if (isNumeric(forms.get(0).phrase(), kind)) {
      Optional<Verdict> v = numbers(g, forms, expected);
      if (v.isPresent()) return v.get();
    }

    // 4. A typo of the answer, unless it is as near to a wrong answer.
    Form best = null;
    int bestEdits = Integer.MAX_VALUE;
    for (Form f : forms) {
      for (Phrase p : List.of(g, core)) {
        int d = Typos.typoEdits(p, f.phrase());
        if (d >= 0 && d < bestEdits) {
          best = f;
          bestEdits = d;
        }
      }
    }
    if (best == null) return expandsAcronym(g, forms, expected) ? Verdict.correct() : Verdict.wrong();
    int near = Math.min(Typos.nearness(g, best.phrase()), Typos.nearness(core, best.phrase()));
    for (Form r : rivals) {
      if (Typos.nearness(g, r.phrase()) <= near || Typos.nearness(core, r.phrase()) <= near) return Verdict.wrong();
    }
    return Verdict.almost(best.display());
  }

  /**
   * The wrong answers a typed answer must not be mistaken for: the other choices in all their
   * forms, and, when the answer is a country or organisation, every other one.
   */
  private static List<Form> rivals(ExpectedAnswer expected, List<Form> forms) {
    var out = new ArrayList<Form>();
    for (String d : expected.distractors()) out.addAll(Forms.of(List.of(d), expected.kind()));
    Set<String> own = new HashSet<>();
    for (Form f : forms) own.add(f.phrase().key());
    for (String w : expected.written()) {
      Gazetteer.groupOf(w).ifPresent(group -> {
        for (Gazetteer.Group other : Gazetteer.inCategory(group.category())) {
          if (other == group) continue;
          for (int i = 0; i < other.names().size(); i++) {
            Phrase p = other.phrases().get(i);
            if (!own.contains(p.key())) out.add(new Form(other.names().get(i), p, false));
          }
        }
      });
    }
    return out;
  }

  /** A person's name without titles ("President Medvedev" is "Medvedev"); other kinds as typed. */
  private static Phrase core(Phrase given, String kind) {
    if (!Vocabulary.isPerson(kind)) return given;
    Phrase p = given.withoutArticle();
    int i = 0;
    while (i < p.size() - 1 && !p.tokens().get(i).isNumber() && Vocabulary.TITLES.contains(p.tokens().get(i).text())) i++;
    return p.drop(i);
  }

  /**
   * "Foreign Minister" for "Russian Foreign Minister", "UN Secretary-General" for
   * "Secretary-General" when the source sentence says UN: leading qualifiers may be left out, and
   * added only when the answer or its context has them (so "US President" is not "Russian President").
   */
  private static boolean sameWithQualifiers(Phrase given, List<Form> forms, ExpectedAnswer expected) {
    if (!Vocabulary.QUALIFIED_KINDS.contains(expected.kind())) return false;
    Set<String> context = words(expected.context());
    Phrase g = given.withoutArticle();
    int gq = Vocabulary.droppableQualifiers(g, expected.kind());
    String gCore = g.drop(gq).key();
    for (Form f : forms) {
      Phrase p = f.phrase().withoutArticle();
      int fq = Vocabulary.droppableQualifiers(p, expected.kind());
      if (!p.drop(fq).key().equals(gCore)) continue;
      Set<String> allowed = new HashSet<>(context);
      for (int i = 0; i < fq; i++) allowed.add(p.tokens().get(i).text());
      boolean ok = true;
      for (int i = 0; i < gq; i++) ok &= allowed.contains(g.tokens().get(i).text());
      if (ok) return true;
    }
    return false;
  }

  /**
   * Other ways to write the same person's name: "Dmitry Medvedev" when the answer is the surname
   * "Medvedev" (or "Ban Ki-moon" when it is "Ban", family name first); the surname first ("Medvedev Dmitry"); a middle name or patronymic added ("Dmitry
   * Anatolyevich Medvedev"); the first name as an initial ("D. Medvedev").
   */
  private static boolean sameName(Phrase given, List<Form> forms, String kind) {
    if (!Vocabulary.isPerson(kind) || given.size() < 2 || given.hasNumbers()) return false;
    List<String> g = given.words();
    String last = g.get(g.size() - 1);
    for (Form f : forms) {
      if (!f.written()) continue;
      List<String> name = Forms.withoutTitlesWords(f.phrase());
      if (name.size() == 1 && (name.get(0).equals(last) || (g.size() <= 3 && name.get(0).equals(g.get(0))))) return true;
      if (name.size() < 2) continue;
      String first = name.get(0);
      String surname = name.get(name.size() - 1);
      if (g.size() == name.size() && new java.util.TreeSet<>(g).equals(new java.util.TreeSet<>(name)) && g.get(0).equals(surname)) return true;
      if (!last.equals(surname)) continue;
      if (g.size() == 3 && name.size() == 2 && g.get(0).equals(first)) return true;
      if (g.size() == 2 && g.get(0).length() == 1 && first.startsWith(g.get(0))) return true;
    }
    return false;
  }

  /**
   * "Collective Security Treaty Organisation" typed when the answer is written "CSTO": the initials
   * match and every word is in the prompt or source sentence, so it is the expansion the article
   * gives, not an invented one. Checked after typos, so a misspelt expansion is ALMOST, not CORRECT.
   */
  private static boolean expandsAcronym(Phrase given, List<Form> forms, ExpectedAnswer expected) {
    Optional<String> initials = Forms.initials(given.withoutArticle());
    if (initials.isEmpty()) return false;
    Set<String> context = words(expected.context());
    for (String w : given.words()) if (!context.contains(Vocabulary.singular(w))) return false;
    for (Form f : forms) {
      String d = f.display().replace(".", "");
      if (d.length() >= 2 && d.length() <= 6 && d.matches("\\p{Lu}+") && initials.get().equals(f.phrase().key())) return true;
    }
    return false;
  }

  private static Verdict dates(List<Dates.Day> given, List<Dates.Day> answers, ExpectedAnswer expected) {
    List<Dates.Day> rivalDates = new ArrayList<>();
    for (String d : expected.distractors()) rivalDates.addAll(Dates.readings(d));
    boolean right = given.stream().anyMatch(g -> answers.stream().anyMatch(a -> a.acceptsAsSame(g)));
    boolean rival = given.stream().anyMatch(g -> rivalDates.stream().anyMatch(r -> r.acceptsAsSame(g)));
    if (right && rival && given.size() > 1) return Verdict.wrong("ambiguous date: write the month as a word");
    return right ? Verdict.correct() : Verdict.wrong();
  }

  private static boolean isNumeric(Phrase answer, String kind) {
    if (!answer.hasNumbers()) return false;
    Phrase p = answer.withoutArticle();
    return Vocabulary.NUMERIC_KINDS.contains(kind) || p.tokens().get(0).isNumber();
  }

  /**
   * A numeric answer: right when the numbers are the same values and every other word typed is
   * the answer's, the context's ("3 days" when asked how many days) or neutral ("No. 1973");
   * wrong when no form has the same numbers; otherwise undecided (the words may hold a typo).
   */
  private static Optional<Verdict> numbers(Phrase given, List<Form> forms, ExpectedAnswer expected) {
    List<BigDecimal> g = sorted(given.numbers());
    boolean sameNumbers = false;
    Set<String> context = null;
    for (Form f : forms) {
      if (!f.phrase().hasNumbers() || !sorted(f.phrase().numbers()).equals(g)) continue;
      sameNumbers = true;
      if (context == null) context = words(expected.context());
      Set<String> allowed = new HashSet<>(context);
      allowed.addAll(Vocabulary.NEUTRAL);
      for (String w : f.phrase().words()) allowed.add(Vocabulary.singular(w));
      if (expected.kind().equals("document")) allowed.addAll(Vocabulary.DOCUMENT_WORDS);
      boolean ok = true;
      for (String w : given.words()) ok &= allowed.contains(Vocabulary.singular(w));
      if (ok) return Optional.of(Verdict.correct());
    }
    return sameNumbers ? Optional.empty() : Optional.of(Verdict.wrong());
  }

  private static List<BigDecimal> sorted(List<BigDecimal> numbers) {
    var out = new ArrayList<>(numbers);
    out.sort(BigDecimal::compareTo);
    return out;
  }

  private static Set<String> words(String text) {
    var out = new HashSet<String>();
    for (String w : Phrase.of(text).words()) out.add(Vocabulary.singular(w));
    return out;
  }
}
