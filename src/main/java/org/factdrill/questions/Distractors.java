package org.factdrill.questions;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.factdrill.article.Regex;
import org.factdrill.facts.DateMention;
import org.factdrill.facts.Entity;
import org.factdrill.facts.EntityKind;
import org.factdrill.facts.Facts;
import org.factdrill.facts.Gazetteer;
import org.factdrill.facts.NumberMention;

/**
 * Wrong choices of the same kind as the answer: from the same article first, then from the
 * gazetteers or derived from the answer (nearby dates, numbers of the same shape). None is the
 * answer in another form.
 */
final class Distractors {
  private Distractors() {}

  /** Entities of the same kind from the article (not those excluded), then known names from the gazetteer. */
  static List<String> entities(Facts facts, EntityKind kind, Set<String> exclude, String answer, List<String> accept,
      int wanted, Random random) {
    var out = new LinkedHashSet<String>();
    for (Entity e : facts.entities()) {
      if (e.kind() != kind || exclude.contains(e.name()) || misspelling(facts, e)) continue;
      if (AnswerForms.sameAs(e.name(), answer, accept) || spelledAlike(e.name(), answer) || partOf(e, answer, accept)) continue;
      out.add(e.name());
    }
    var pool = new ArrayList<>(out);
    java.util.Collections.shuffle(pool, random);
    var chosen = new ArrayList<>(pool.subList(0, Math.min(wanted, pool.size())));
    if (chosen.size() < wanted && (kind == EntityKind.COUNTRY || kind == EntityKind.ORGANIZATION)) {
      var known = new ArrayList<Gazetteer.Known>(kind == EntityKind.COUNTRY ? Gazetteer.get().countries() : Gazetteer.get().organisations());
      java.util.Collections.shuffle(known, random);
      // an organisation's stand-ins come from its own world: Congress with the Senate, NATO with the UN
      String group = kind == EntityKind.ORGANIZATION ? group(facts, answer) : "";
      for (Gazetteer.Known k : known) {
        if (chosen.size() >= wanted) break;
        if (k.kind() != kind || exclude.contains(k.name()) || chosen.contains(k.name()) || out.contains(k.name())) continue;
        if (!group.isEmpty() && !group.equals(k.group())) continue;
        if (Gazetteer.get().nested(k.name(), answer)) continue;
        if (AnswerForms.sameAs(k.name(), answer, accept) || facts.entities().stream().anyMatch(e -> e.name().equals(k.name()))) continue;
        chosen.add(k.name());
      }
    }
    return chosen;
  }

  /** The gazetteer group of the answer, else the most common group of the article's organisations. */
  static String group(Facts facts, String answer) {
    Gazetteer.Known k = Gazetteer.get().lookup(answer);
    if (k != null && !k.group().isEmpty()) return k.group();
    var counts = new java.util.TreeMap<String, Integer>();
    for (Entity e : facts.entities()) {
      Gazetteer.Known g = Gazetteer.get().lookup(e.name());
      if (e.kind() == EntityKind.ORGANIZATION && g != null && !g.group().isEmpty()) counts.merge(g.group(), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse("");
  }

  /** "United Nations" for "UN Security Council": a whole and its part may both be right. */
  static boolean partOf(Entity e, String answer, List<String> accept) {
    if (Gazetteer.get().nested(e.name(), answer)) return true;
    var forms = new ArrayList<String>(e.aliases());
    forms.add(e.name());
    var answers = new ArrayList<String>(accept);
    answers.add(answer);
    for (String f : forms) {
      for (String a : answers) {
        if (f.length() > 1 && a.length() > 1 && (containsWord(a, f) || containsWord(f, a))) return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code word} occurs in {@code text} with no letter right before or after it: what the
   * regex {@code (?<!\p{L})WORD(?!\p{L})} finds, without compiling a pattern per pair of names.
   * As in the regex, the char before is looked at alone and the code point after as a whole; a word
   * with surrogate pairs is left to the regex, which never matches half of a pair.
   */
  static boolean containsWord(String text, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.isSurrogate(word.charAt(k))) {
        return Regex.of("(?<![\\p{L}])" + java.util.regex.Pattern.quote(word) + "(?![\\p{L}])").matcher(text).find();
      }
    }
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean letterBefore = at > 0 && Character.isLetter(text.charAt(at - 1));
      boolean letterAfter = end < text.length() && Character.isLetter(Character.codePointAt(text, end));
      if (!letterBefore && !letterAfter) return true;
    }
    return false;
  }

  /** A name spelled like another, more often named one ("Kim Young Chol" in a quoted tweet) is that one misspelled. */
  static boolean misspelling(Facts facts, Entity e) {
    int mine = facts.mentionsOf(facts.entities().indexOf(e)).size();
    for (Entity other : facts.entities()) {
      if (other == e || other.kind() != e.kind() || !spelledAlike(other.name(), e.name())) continue;
      if (facts.mentionsOf(facts.entities().indexOf(other)).size() > mine) return true;
    }
    return false;
  }

  /** "Kim Young Chol" and "Kim Yong Chol": one person spelled two ways is never a distractor for the other. */
  static boolean spelledAlike(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.contains(y) || y.contains(x)) return true;
    return WITHIN_TWO_EDITS.apply(x, y) >= 0; // -1 past the threshold: no need to count every edit
  }

  private static final org.apache.commons.text.similarity.LevenshteinDistance WITHIN_TWO_EDITS =
      new org.apache.commons.text.similarity.LevenshteinDistance(2);

  static List<String> dates(Facts facts, DateMention answer, int wanted, Random random) {
    var out = new LinkedHashSet<String>();
    for (DateMention d : facts.dates()) {
      boolean sameGrain = answer.isWeekday() ? d.isWeekday() : d.hasDay();
      if (sameGrain && !d.label().equals(answer.label())) out.add(d.label());
    }
    var list = new ArrayList<>(out);
    java.util.Collections.shuffle(list, random);
    list = new ArrayList<>(list.subList(0, Math.min(wanted, list.size())));
    if (answer.isWeekday()) {
      int[] steps = {1, -1, 2, -2, 3};
      for (int step : steps) {
        if (list.size() >= wanted) break;
        DayOfWeek d = answer.weekday().plus(step);
        String label = d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
        if (!list.contains(label)) list.add(label);
      }
    } else if (answer.hasDay()) {
      int[] steps = {2, -3, 7, -7, 1, 10};
      for (int step : steps) {
        if (list.size() >= wanted) break;
        LocalDate base = LocalDate.of(answer.year() == DateMention.NONE ? 2000 : answer.year(), answer.month(), answer.day());
        LocalDate d = base.plusDays(step);
        var dm = new DateMention(0, 0, 0, "", d.getMonth(), d.getDayOfMonth(), answer.year() == DateMention.NONE ? DateMention.NONE : d.getYear(), null, false);
        if (!list.contains(dm.label()) && !dm.label().equals(answer.label())) list.add(dm.label());
      }
    }
    return list;
  }

  /** Numbers of the same shape: other values from the article first, then nearby values written the same way. */
  static List<String> numbers(Facts facts, NumberMention answer, String answerText, int wanted, Random random) {
    var out = new LinkedHashSet<String>();
    for (NumberMention n : facts.numbers()) {
      if (n.shape() == answer.shape() && n.value() != answer.value() && sameUnit(n, answer)) out.add(surface(n));
    }
    var list = new ArrayList<>(out);
    java.util.Collections.shuffle(list, random);
    list = new ArrayList<>(list.subList(0, Math.min(1, list.size())));
    for (String derived : derived(answer, answerText)) {
      if (list.size() >= wanted) break;
      if (!derived.equalsIgnoreCase(answerText) && !list.contains(derived)) list.add(derived);
    }
    return list;
  }

  private static boolean sameUnit(NumberMention a, NumberMention b) {
    if (a.shape() == NumberMention.Shape.COMPOUND) return Regex.replaceAll(a.text(), "^[^-]*-", "").equals(Regex.replaceAll(b.text(), "^[^-]*-", ""));
    if (a.shape() == NumberMention.Shape.DOCUMENT) return a.counts().equals(b.counts());
    if (a.shape() == NumberMention.Shape.ORDINAL) return false;
    return a.shape() == NumberMention.Shape.VOTE || a.counts().equalsIgnoreCase(b.counts());
  }

  static String surface(NumberMention n) {
    return n.text();
  }

  private static List<String> derived(NumberMention n, String text) {
    var out = new ArrayList<String>();
    switch (n.shape()) {
      case COMPOUND, AGE -> {
        String first = text.substring(0, text.indexOf('-'));
        String rest = text.substring(text.indexOf('-'));
        boolean words = Character.isLetter(first.charAt(0));
        int v = (int) n.value();
        for (int step : new int[] {-1, 1, 2, -2, 3}) {
          int x = v + step;
          if (x < 1) continue;
          if (!words && v >= 10) x = v + step * (v >= 30 ? 30 : 5);
          if (x < 1) continue;
          String number = words && x < NumberWords.WORDS.size() ? NumberWords.WORDS.get(x) : Integer.toString(x);
          if (Character.isUpperCase(first.charAt(0))) number = Character.toUpperCase(number.charAt(0)) + number.substring(1);
          out.add(number + rest);
        }
      }
      case ORDINAL -> {
        int v = (int) n.value();
        for (int step : new int[] {1, -1, 2, 3, -2}) {
          int x = v + step;
          if (x >= 1 && x < NumberWords.ORDINALS.size()) {
            String w = NumberWords.ORDINALS.get(x);
            if (Character.isUpperCase(text.charAt(0))) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            out.add(w);
          }
        }
      }
      case VOTE -> {
        String[] parts = text.split("-");
        int a = Integer.parseInt(parts[0]);
        int b = Integer.parseInt(parts[1]);
        // other tallies with the same outcome: the prompt says whether it passed, the choices must not
        int margin = Math.abs(a - b);
        int shift = Math.max(2, Math.min((a + b) / 20, margin / 3));
        int sign = a >= b ? 1 : -1;
        for (int k : new int[] {shift, -shift, 2 * shift, -2 * shift, 3 * shift}) {
          int x = a - sign * k;
          int y = b + sign * k;
          if (x >= 0 && y >= 0 && Integer.signum(x - y) == Integer.signum(a - b) && (x != a || y != b)) out.add(x + "-" + y);
        }
      }
      case DOCUMENT -> {
        String prefix = text.substring(0, text.length() - Long.toString((long) n.value()).length());
        long v = (long) n.value();
        for (long step : new long[] {-3, 2, 4, -1}) if (v + step > 0) out.add(prefix + (v + step));
      }
      case CARDINAL -> {
        double v = n.value();
        boolean words = Character.isLetter(text.charAt(0));
        if (words || v < 13 && !text.contains(".")) {
          int iv = (int) v;
          for (int step : new int[] {1, -1, 2, 3, -2}) {
            int x = iv + step;
            if (x < 1) continue;
            String s = words && x < NumberWords.WORDS.size() ? NumberWords.WORDS.get(x) : Integer.toString(x);
            if (Character.isUpperCase(text.charAt(0))) s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            out.add(s);
          }
        } else {
          String scale = Regex.replaceAll(text, "^[\\d.,]+", "");
          double base = scale.isEmpty() ? v : Double.parseDouble(Regex.replaceAll(text, "[^\\d.]", ""));
          for (double f : new double[] {0.5, 1.5, 2, 0.75, 3}) {
            double x = base * f;
            out.add(format(x, Regex.replaceAll(text, "[^\\d.]", "")) + scale);
          }
        }
      }
      default -> { }
    }
    return out;
  }

  /** A number written like the original: thousands separators when it had them, the same decimals. */
  private static String format(double x, String original) {
    if (original.contains(".")) {
      int decimals = original.length() - original.indexOf('.') - 1;
      return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }
    long rounded = Math.round(x);
    if (rounded >= 1000) {
      // keep two significant figures, as round news figures are
      long magnitude = (long) Math.pow(10, Long.toString(rounded).length() - 2);
      rounded = Math.round((double) rounded / magnitude) * magnitude;
    }
    return NumberFormat.getIntegerInstance(Locale.US).format(rounded);
  }
}
