package org.factdrill.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers written in digits or words ("3", "three", "600000", "six hundred thousand",
 * "1.5 million", "2nd", "second", "twenty-first") into number tokens; other words pass through.
 */
final class NumberWords {
  private NumberWords() {}

  private static final Map<String, Integer> SMALL = new HashMap<>();
  private static final Map<String, Integer> TENS = new HashMap<>();
  private static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
      "trillion", 1_000_000_000_000L);
  private static final Map<String, Integer> SMALL_ORDINALS = new HashMap<>();
  private static final Map<String, Integer> TENS_ORDINALS = new HashMap<>();
  private static final Map<String, Long> SCALE_ORDINALS = Map.of("hundredth", 100L, "thousandth", 1_000L, "millionth", 1_000_000L);
  private static final Pattern DIGITS = Pattern.compile("(\\d+(?:[.,]\\d+)?)(st|nd|rd|th)?");

  static {
    String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    for (int i = 0; i < small.length; i++) SMALL.put(small[i], i);
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) TENS.put(tens[i], 20 + 10 * i);
    String[] smallOrd = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth"};
    for (int i = 1; i < smallOrd.length; i++) SMALL_ORDINALS.put(smallOrd[i], i);
    String[] tensOrd = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"};
    for (int i = 0; i < tensOrd.length; i++) TENS_ORDINALS.put(tensOrd[i], 20 + 10 * i);
  }

  static boolean isNumberWord(String w) {
    return SMALL.containsKey(w) || TENS.containsKey(w) || SCALES.containsKey(w) || w.equals("hundred")
        || SMALL_ORDINALS.containsKey(w) || TENS_ORDINALS.containsKey(w) || SCALE_ORDINALS.containsKey(w);
  }

  /** What the previous word of a number was, to know whether the next word continues it. */
  private enum Last { NONE, DIGITS, UNIT, TEEN, TENS, HUNDRED, SCALE }

  /** Years are read in pairs: "nineteen seventy-three" is 1973, "twenty eleven" 2011. */
  private static boolean startsYear(Last last, BigDecimal current, BigDecimal total, boolean year) {
    return !year && total.signum() == 0 && (last == Last.TEEN || last == Last.TENS || last == Last.UNIT)
        && current.compareTo(BigDecimal.TEN) >= 0 && current.compareTo(BigDecimal.valueOf(99)) <= 0;
  }

  static List<Phrase.Token> read(List<String> words) {
    var out = new ArrayList<Phrase.Token>();
    int i = 0;
    while (i < words.size()) {
      int end = readNumber(words, i, out);
      if (end == i) {
        out.add(Phrase.Token.word(words.get(i)));
        i++;
      } else {
        i = end;
      }
    }
    return out;
  }

  /** Reads one number starting at {@code start} into {@code out}; returns the index after it (start if none). */
  private static int readNumber(List<String> words, int start, List<Phrase.Token> out) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    Last last = Last.NONE;
    int i = start;
    int end = start;
    boolean ordinal = false;
    boolean year = false;
    while (i < words.size()) {
      String w = words.get(i);
      Matcher d = DIGITS.matcher(w);
      if (d.matches()) {
        if (last != Last.NONE) break;
        current = new BigDecimal(d.group(1).replace(',', '.'));
        last = Last.DIGITS;
        end = ++i;
        if (d.group(2) != null) {
          ordinal = true;
          break;
        }
        continue;
      }
      if (w.equals("and") && (last == Last.HUNDRED || last == Last.SCALE) && i + 1 < words.size()
          && (SMALL.containsKey(words.get(i + 1)) || TENS.containsKey(words.get(i + 1))
              || SMALL_ORDINALS.containsKey(words.get(i + 1)) || TENS_ORDINALS.containsKey(words.get(i + 1)))) {
        i++;
        continue;
      }
      Integer small = SMALL.get(w);
      if (small != null && small >= 10 && startsYear(last, current, total, year)) {
        current = current.multiply(BigDecimal.valueOf(100)).add(BigDecimal.valueOf(small)); // "twenty eleven"
        year = true;
        last = Last.TEEN;
        end = ++i;
        continue;
      }
      if (small != null) {
        boolean unit = small >= 1 && small <= 9;
        boolean ok = last == Last.NONE || last == Last.HUNDRED || last == Last.SCALE || (unit && last == Last.TENS);
        if (!ok) break;
        current = current.add(BigDecimal.valueOf(small));
        last = unit ? Last.UNIT : Last.TEEN;
        end = ++i;
        continue;
      }
      Integer tens = TENS.get(w);
      if (tens != null && startsYear(last, current, total, year)) {
        current = current.multiply(BigDecimal.valueOf(100)).add(BigDecimal.valueOf(tens)); // "nineteen seventy(-three)"
        year = true;
        last = Last.TENS;
        end = ++i;
        continue;
      }
      if (tens != null) {
        if (!(last == Last.NONE || last == Last.HUNDRED || last == Last.SCALE)) break;
        current = current.add(BigDecimal.valueOf(tens));
        last = Last.TENS;
        end = ++i;
        continue;
      }
      if (w.equals("hundred")) {
        if (!(last == Last.NONE || last == Last.UNIT || last == Last.TEEN || last == Last.DIGITS)) break;
        current = (last == Last.NONE ? BigDecimal.ONE : current).multiply(BigDecimal.valueOf(100));
        last = Last.HUNDRED;
        end = ++i;
        continue;
      }
      Long scale = SCALES.get(w);
      if (scale != null) {
        if (last == Last.SCALE) break;
        BigDecimal c = last == Last.NONE ? BigDecimal.ONE : current;
        total = total.add(c.multiply(BigDecimal.valueOf(scale)));
        current = BigDecimal.ZERO;
        last = Last.SCALE;
        end = ++i;
        continue;
      }
      Integer smallOrd = SMALL_ORDINALS.get(w);
      if (smallOrd != null) {
        boolean unit = smallOrd <= 9;
        boolean ok = last == Last.NONE || last == Last.HUNDRED || last == Last.SCALE || (unit && last == Last.TENS);
        if (!ok) break;
        current = current.add(BigDecimal.valueOf(smallOrd));
        ordinal = true;
        end = ++i;
        break;
      }
      Integer tensOrd = TENS_ORDINALS.get(w);
      if (tensOrd != null) {
        if (!(last == Last.NONE || last == Last.HUNDRED || last == Last.SCALE)) break;
        current = current.add(BigDecimal.valueOf(tensOrd));
        ordinal = true;
        end = ++i;
        break;
      }
      Long scaleOrd = SCALE_ORDINALS.get(w);
      if (scaleOrd != null) {
        if (last == Last.SCALE) break;
        BigDecimal c = last == Last.NONE ? BigDecimal.ONE : current;
        total = total.add(c.multiply(BigDecimal.valueOf(scaleOrd)));
        current = BigDecimal.ZERO;
        ordinal = true;
        end = ++i;
        break;
      }
      break;
    }
    if (end == start) return start;
    out.add(Phrase.Token.number(total.add(current), ordinal));
    return end;
  }
}
