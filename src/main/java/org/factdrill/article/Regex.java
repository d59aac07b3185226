package org.factdrill.article;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The String regex methods ({@code matches}, {@code replaceAll}, {@code replaceFirst}, {@code split})
 * with each pattern compiled once, not on every call: compiling was an eighth of the CPU time of an
 * article, as the rules of the generator test thousands of words and phrases. Same results as the
 * String methods, which compile the same pattern and call the same Matcher methods.
 */
public final class Regex {
  private Regex() {}

  /** Patterns built from article text (names, dates) are remembered too, up to this many. */
  private static final int MAX_PATTERNS = 20_000;
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  public static Pattern of(String regex) {
    Pattern p = PATTERNS.get(regex);
    if (p != null) return p;
    p = Pattern.compile(regex);
    if (PATTERNS.size() < MAX_PATTERNS) PATTERNS.put(regex, p);
    return p;
  }

  /** {@code text.matches(regex)}. */
  public static boolean matches(CharSequence text, String regex) {
    return of(regex).matcher(text).matches();
  }

  /** {@code text.replaceAll(regex, replacement)}. */
  public static String replaceAll(String text, String regex, String replacement) {
    return of(regex).matcher(text).replaceAll(replacement);
  }

  /** {@code text.replaceFirst(regex, replacement)}. */
  public static String replaceFirst(String text, String regex, String replacement) {
    return of(regex).matcher(text).replaceFirst(replacement);
  }

  /** {@code text.split(regex)}. */
  public static String[] split(String text, String regex) {
    return of(regex).split(text, 0);
  }
}
