package org.factdrill.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms an answer may be typed in: as written, its accepted forms, and forms derived from it
 * by what kind of thing it is: another name of the same country or organisation, a person's surname
 * without first name or title, an organisation's acronym.
 */
final class Forms {
  private Forms() {}

  /**
   * One form of an answer. {@code written} is true for the answer and its listed accepted forms,
   * false for derived ones, which count only when no rival shares them.
   */
  record Form(String display, Phrase phrase, boolean written) {}

  private static final Pattern PARENTHESIS = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");

  /** Every form of {@code texts} (the first is the answer as written), deduplicated by key. */
  static List<Form> of(List<String> texts, String kind) {
    var byKey = new LinkedHashMap<String, Form>();
    for (String t : texts) add(byKey, t, true);
    for (String t : texts) {
      Matcher m = PARENTHESIS.matcher(t);
      if (m.matches() && !m.group(1).isBlank()) {
        add(byKey, m.group(1), false);
        add(byKey, m.group(2), false);
        derived(byKey, m.group(1), kind);
        derived(byKey, m.group(2), kind);
      }
      derived(byKey, t, kind);
    }
    return new ArrayList<>(byKey.values());
  }

  private static void derived(Map<String, Form> into, String text, String kind) {
    Gazetteer.groupOf(text).ifPresent(g -> g.names().forEach(n -> add(into, n, false)));
    if (Vocabulary.isPerson(kind)) {
      String name = withoutTitles(text);
      add(into, name, false);
      surname(name).ifPresent(s -> {
        add(into, s, false);
        withoutParticle(s).ifPresent(p -> add(into, p, false));
      });
    } else if (Vocabulary.NAMED_KINDS.contains(kind)) {
      acronym(text).ifPresent(a -> add(into, a, false));
    }
    withoutQualifiers(text, kind).ifPresent(q -> add(into, q, false));
  }

  private static void add(Map<String, Form> into, String text, boolean written) {
    Phrase p = Phrase.of(text);
    if (p.isEmpty()) return;
    into.putIfAbsent(p.key(), new Form(text.strip(), p, written));
  }

  /** "Foreign Minister" of "Russian Foreign Minister", as written, when the kind allows it. */
  private static Optional<String> withoutQualifiers(String text, String kind) {
    String[] words = text.strip().split("\\s+");
    int start = words.length > 1 && Vocabulary.ARTICLES.contains(words[0].toLowerCase(Locale.ROOT)) ? 1 : 0;
    Phrase p = Phrase.of(text).withoutArticle();
    // Written words map one to one onto the phrase's words only when none was split or joined.
    if (p.size() != words.length - start) return Optional.empty();
    int drop = Vocabulary.droppableQualifiers(p, kind);
    if (drop == 0) return Optional.empty();
    return Optional.of(String.join(" ", java.util.Arrays.copyOfRange(words, start + drop, words.length)));
  }

  /** "Russian President Dmitry Medvedev" is "Dmitry Medvedev": leading titles go, one word at least stays. */
  static String withoutTitles(String name) {
    String[] words = name.strip().split("\\s+");
    int i = 0;
    while (i < words.length - 1 && isTitle(words[i])) i++;
    return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
  }

  /** The words of a name without leading titles ("president dmitry medvedev" is [dmitry, medvedev]). */
  static List<String> withoutTitlesWords(Phrase name) {
    List<String> w = name.withoutArticle().words();
    int i = 0;
    while (i < w.size() - 1 && Vocabulary.TITLES.contains(w.get(i))) i++;
    return w.subList(i, w.size());
  }

  private static boolean isTitle(String word) {
    Phrase p = Phrase.of(word);
    if (p.isEmpty()) return true;
    for (Phrase.Token t : p.tokens()) if (t.isNumber() || !Vocabulary.TITLES.contains(t.text())) return false;
    return true;
  }

  /**
   * A person is named by the surname alone: the last word ("Lavrov"), or the first when the last
   * is a hyphenated given name after a short family name, the East Asian order ("Ban" of "Ban
   * Ki-moon", "Kim" of "Kim Jong-un").
   */
  static Optional<String> surname(String name) {
    String[] words = name.strip().split("\\s+");
    if (words.length < 2) return Optional.empty();
    String last = words[words.length - 1];
    if (last.contains("-") && words.length == 2 && words[0].length() <= 4) return Optional.of(words[0]);
    return Optional.of(last);
  }

  /** "al-Assad" may be typed "Assad"; "van Gogh" may not lose its particle when it is a separate word. */
  private static Optional<String> withoutParticle(String surname) {
    int dash = surname.indexOf('-');
    if (dash > 0 && Vocabulary.PARTICLES.contains(surname.substring(0, dash).toLowerCase(Locale.ROOT))) {
      return Optional.of(surname.substring(dash + 1));
    }
    return Optional.empty();
  }

  /**
   * Initials of the significant words, keeping words that are already acronyms whole: "Collective
   * Security Treaty Organisation" is CSTO, "UN Security Council" is UNSC. Only for names of two
   * significant words or more written with capitals (a name, not a phrase).
   */
  static Optional<String> acronym(String text) {
    var sb = new StringBuilder();
    int words = 0;
    for (String w : text.strip().split("[\\s\\-]+")) {
      String letters = w.replaceAll("[^\\p{L}]", "");
      if (letters.isEmpty()) return Optional.empty();
      if (Vocabulary.ACRONYM_SKIP.contains(letters.toLowerCase(Locale.ROOT))) continue;
      if (!Character.isUpperCase(letters.charAt(0))) return Optional.empty();
      boolean isAcronym = letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
      sb.append(isAcronym ? letters : letters.substring(0, 1));
      words++;
    }
    return words >= 2 ? Optional.of(sb.toString()) : Optional.empty();
  }

  /** Initials of a typed phrase of two or more significant words ("north atlantic treaty organization"). */
  static Optional<String> initials(Phrase p) {
    var sb = new StringBuilder();
    int words = 0;
    for (Phrase.Token t : p.tokens()) {
      if (t.isNumber()) return Optional.empty();
      if (Vocabulary.ACRONYM_SKIP.contains(t.text())) continue;
      sb.append(t.text().charAt(0));
      words++;
    }
    return words >= 2 ? Optional.of(sb.toString()) : Optional.empty();
  }
}
