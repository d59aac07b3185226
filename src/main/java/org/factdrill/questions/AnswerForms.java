package org.factdrill.questions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdrill.article.Regex;
import org.factdrill.facts.DateMention;
import org.factdrill.facts.Entity;
import org.factdrill.facts.EntityKind;

/** Every form a typed answer may take, and the test that a distractor is none of them. */
final class AnswerForms {
  private AnswerForms() {}

  static List<String> ofEntity(Entity e) {
    var forms = new LinkedHashSet<String>();
    for (String a : e.aliases()) {
      if (a.length() > 1) forms.add(a);
    }
    if (takesThe(e)) {
      for (String f : List.copyOf(forms)) if (f.contains(" ") && Character.isUpperCase(f.charAt(0))) forms.add("the " + f);
      forms.add("the " + e.name());
    }
    if (e.name().equals("United States")) forms.addAll(List.of("the US", "the U.S.", "US", "U.S.", "USA", "America", "the United States"));
    if (e.name().contains("Organisation")) forms.add(e.name().replace("Organisation", "Organization"));
    if (e.name().contains("-")) forms.add(e.name().replace('-', ' '));
    if (e.kind() == EntityKind.FACILITY) forms.addAll(facilityForms(e.name()));
    forms.removeIf(f -> f.equalsIgnoreCase(e.name()));
    return List.copyOf(forms);
  }

  /** "John F. Kennedy International Airport" may be typed "JFK", "JFK airport" or "Kennedy Airport". */
  static List<String> facilityForms(String name) {
    var out = new ArrayList<String>();
    String[] words = name.split(" ");
    int head = words.length;
    while (head > 1 && Regex.matches(words[head - 1], "(?i)international|airport|station|power|plant|retreat|base|stadium|palace|hospital|prison|port|nuclear")) head--;
    if (head < 1 || head == words.length) return out;
    String headWords = String.join(" ", java.util.Arrays.copyOfRange(words, head, words.length));
    String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    var initials = new StringBuilder();
    for (int i = 0; i < head; i++) if (Character.isUpperCase(words[i].charAt(0))) initials.append(words[i].charAt(0));
    if (initials.length() >= 2) {
      out.add(initials.toString());
      out.add(initials + " " + last);
    }
    if (head >= 2) {
      out.add(words[head - 1] + " " + headWords);
      out.add(words[head - 1] + " " + last);
    }
    return out;
  }

  /** "the UN Security Council", "the Kremlin", "the Gorki retreat", but not "the NATO" or "the Russia". */
  static boolean takesThe(Entity e) {
    if (e.kind() == EntityKind.PERSON || e.kind() == EntityKind.PLACE || e.kind() == EntityKind.MEDIA) return false;
    String n = e.name();
    if (Regex.matches(n, "Kremlin|Senate|Congress|Pentagon|White House|House of Representatives|Netherlands|Philippines")) return true;
    if (e.kind() == EntityKind.COUNTRY) return Regex.matches(n, "United .*|.* Republic|Ivory Coast");
    if (n.equals(n.toUpperCase(java.util.Locale.ROOT))) return false;
    return n.contains(" ") || e.kind() == EntityKind.FACILITY;
  }

  static List<String> ofDate(DateMention d) {
    var forms = new LinkedHashSet<String>();
    if (d.isWeekday()) {
      forms.add("on " + d.label());
      return List.copyOf(forms);
    }
    if (d.hasDay()) {
      String month = d.label().split(" ")[0];
      String shortMonth = month.substring(0, 3);
      int day = d.day();
      String yearPart = d.year() == DateMention.NONE ? "" : " " + d.year();
      forms.add(day + " " + month + yearPart);
      forms.add(month + " " + day + ordinalSuffix(day) + yearPart);
      forms.add(day + ordinalSuffix(day) + " " + month + yearPart);
      forms.add(shortMonth + " " + day + yearPart);
      forms.add(shortMonth + ". " + day + yearPart);
      forms.add("on " + d.label());
    }
    if (!d.text().isEmpty() && !d.text().equals(d.label()) && !d.relative()) forms.add(d.text()); // "Sept. 30" as written
    return List.copyOf(forms);
  }

  static String ordinalSuffix(int n) {
    if (n % 100 >= 11 && n % 100 <= 13) return "th";
    return switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /** Written-out numbers and digits count alike: "600,000" = "600000", "three-day" = "3-day", "second" = "2nd". */
  static List<String> ofNumber(String text) {
    var forms = new LinkedHashSet<String>();
    String plain = text.replace(",", "");
    if (!plain.equals(text)) {
      forms.add(plain);
      forms.add(text.replace(",", " "));
    }
    List<String> words = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve");
    List<String> ordinals = List.of("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth");
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < words.size(); i++) {
      if (lower.equals(words.get(i)) || lower.startsWith(words.get(i) + "-")) forms.add(i + text.substring(words.get(i).length()));
      if (lower.equals(ordinals.get(i))) forms.add(i + ordinalSuffix(i));
    }
    forms.removeIf(f -> f.equals(text));
    return List.copyOf(forms);
  }

  /** A normal form for comparing answers: lower case, no "the", no punctuation or spaces. */
  static String key(String text) {
    String t = text.toLowerCase(Locale.ROOT).strip();
    if (t.startsWith("the ")) t = t.substring(4);
    // only letters and numbers kept: what replaceAll("[^\\p{L}\\p{N}]", "") does, without a matcher per call
    var b = new StringBuilder(t.length());
    t.codePoints().filter(AnswerForms::isLetterOrNumber).forEach(b::appendCodePoint);
    return b.toString();
  }

  /** \p{L} or \p{N}: a letter, or a number of any kind (digits, Roman numerals, fractions). */
  private static boolean isLetterOrNumber(int codePoint) {
    if (Character.isLetter(codePoint)) return true;
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** Whether a candidate distractor is the answer in another form. */
  static boolean sameAs(String candidate, String answer, List<String> accept) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(key(answer));
    for (String a : accept) keys.add(key(a));
    return keys.contains(key(candidate));
  }

  static List<String> withoutDuplicates(List<String> forms, String answer) {
    var out = new ArrayList<String>();
    var seen = new LinkedHashSet<String>();
    seen.add(answer.toLowerCase(Locale.ROOT));
    for (String f : forms) if (seen.add(f.toLowerCase(Locale.ROOT))) out.add(f);
    return out;
  }
}
