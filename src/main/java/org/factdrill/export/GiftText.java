package org.factdrill.export;

/**
 * GIFT's escaping, as Moodle's exporter does it ({@code repchar}): backslash, the control
 * characters {@code # = ~ { } :}, and newlines become escapes; carriage returns are dropped.
 */
final class GiftText {
  /** Moodle's weight pattern: "%50%", "%-33.33333%" at the start of an answer. */
  private static final java.util.regex.Pattern WEIGHT = java.util.regex.Pattern.compile("^%-*([0-9]{1,2})\\.?([0-9]*)%");

  private GiftText() {}

  /** The text-format markers Moodle reads at the start of a text (and removes). */
  static final java.util.List<String> FORMAT_MARKERS = java.util.List.of("[html]", "[moodle]", "[plain]", "[markdown]");

  /**
   * A text where Moodle reads a format marker first: one that itself starts like a marker gets
   * "[plain]" in front, so the marker it starts with stays text.
   */
  static String markedText(String raw) {
    String stripped = raw.strip();
    boolean looksMarked = FORMAT_MARKERS.stream().anyMatch(stripped::startsWith);
    return (looksMarked ? "[plain]" : "") + escape(stripped);
  }

  /** The text without the one format marker Moodle would read at its start. */
  static String withoutMarker(String text) {
    String t = text.stripLeading();
    for (String marker : FORMAT_MARKERS) {
      if (t.startsWith(marker)) return t.substring(marker.length());
    }
    return text;
  }

  static String escape(String text) {
    var out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '#', '=', '~', '{', '}', ':' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        case '\r' -> { }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** True for the characters whose escaped form is {@code \c}: what Moodle's reader undoes. */
  static boolean isEscapable(char c) {
    return c == '\\' || c == ':' || c == '#' || c == '=' || c == '{' || c == '}' || c == '~' || c == 'n';
  }

  /** A plain number GIFT's numerical type reads back to the same text: no sign tricks, no leading zeros. */
  static boolean isPlainNumber(String text) {
    return text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?") && !text.matches("-0(\\.0*)?");
  }

  /** True when Moodle would read the start of this answer as a weight ("%50%..."). */
  static boolean looksLikeWeight(String text) {
    return WEIGHT.matcher(text).find();
  }

  /** The length of the weight at the start of {@code text}, or 0 when there is none. */
  static int weightLength(String text) {
    var m = WEIGHT.matcher(text);
    return m.find() ? m.end() : 0;
  }

  /**
   * GIFT text with its escapes undone, remembering which characters were escaped: an escaped
   * {@code =} is text, an unescaped one is a control character. Undoes exactly what Moodle's
   * reader undoes ({@code \\ \: \# \= \{ \} \~ \n}); any other backslash stays as typed.
   */
  static final class Decoded {
    private final String chars;
    private final boolean[] literal;

    private Decoded(String chars, boolean[] literal) {
      this.chars = chars;
      this.literal = literal;
    }

    static Decoded of(String raw) {
      var chars = new StringBuilder(raw.length());
      var literal = new boolean[raw.length()];
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == '\\' && i + 1 < raw.length() && isEscapable(raw.charAt(i + 1))) {
          char next = raw.charAt(++i);
          literal[chars.length()] = true;
          chars.append(next == 'n' ? '\n' : next);
        } else {
          chars.append(c);
        }
      }
      return new Decoded(chars.toString(), java.util.Arrays.copyOf(literal, chars.length()));
    }

    int length() {
      return chars.length();
    }

    /** The first unescaped {@code c} at or after {@code from}, or -1. */
    int find(char c, int from) {
      for (int i = Math.max(from, 0); i < chars.length(); i++) if (chars.charAt(i) == c && !literal[i]) return i;
      return -1;
    }

    /** The first {@code s} at or after {@code from} with none of its characters escaped, or -1. */
    int find(String s, int from) {
      for (int i = chars.indexOf(s, Math.max(from, 0)); i >= 0; i = chars.indexOf(s, i + 1)) {
        if (unescaped(i, s.length())) return i;
      }
      return -1;
    }

    /** The last {@code s} with none of its characters escaped, or -1. */
    int findLast(String s) {
      for (int i = chars.lastIndexOf(s); i >= 0; i = chars.lastIndexOf(s, i - 1)) {
        if (unescaped(i, s.length())) return i;
      }
      return -1;
    }

    private boolean unescaped(int at, int length) {
      for (int k = at; k < at + length; k++) if (literal[k]) return false;
      return true;
    }

    boolean isControl(int index, char c) {
      return index >= 0 && index < chars.length() && chars.charAt(index) == c && !literal[index];
    }

    Decoded sub(int from, int to) {
      return new Decoded(chars.substring(from, to), java.util.Arrays.copyOfRange(literal, from, to));
    }

    Decoded sub(int from) {
      return sub(from, chars.length());
    }

    Decoded strip() {
      int from = 0;
      int to = chars.length();
      while (from < to && Character.isWhitespace(chars.charAt(from))) from++;
      while (to > from && Character.isWhitespace(chars.charAt(to - 1))) to--;
      return sub(from, to);
    }

    boolean startsWith(String s) {
      return chars.startsWith(s) && unescaped(0, s.length());
    }

    boolean isEmpty() {
      return chars.isEmpty();
    }

    /** Splits before every unescaped character in {@code markers}; the first piece is what came before any. */
    java.util.List<Decoded> splitBefore(String markers) {
      var pieces = new java.util.ArrayList<Decoded>();
      int start = 0;
      for (int i = 0; i < chars.length(); i++) {
        if (!literal[i] && markers.indexOf(chars.charAt(i)) >= 0) {
          pieces.add(sub(start, i));
          start = i;
        }
      }
      pieces.add(sub(start));
      return pieces;
    }

    /** The text, with escapes undone. */
    @Override
    public String toString() {
      return chars;
    }
  }
}
