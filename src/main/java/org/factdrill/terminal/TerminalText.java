package org.factdrill.terminal;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The one gate between text that came from a file (a bank, an article, a student's result) and a
 * terminal. A bank may hold escape sequences (an imported file, a hand-edited one): printed raw,
 * they rename the window, clear the screen, set the clipboard (OSC 52) or make the terminal type
 * an answer back into the shell. Every control character is therefore shown as a visible symbol
 * instead of being sent: ESC as "␛", BEL as "␇", any other C0 control as its Unicode control
 * picture, DEL as "␡", and C1 controls (U+0080–U+009F, which some terminals also obey) as "�".
 * Without the ESC byte no sequence can start. Line breaks (LF) and tabs are kept where the caller
 * allows them; a carriage return is shown, since it would let later text overwrite earlier text.
 */
public final class TerminalText {
  private TerminalText() {}

  /** Text for a terminal: line breaks and tabs kept, every other control character made visible. */
  public static String clean(String text) {
    if (text == null) return "";
    if (isClean(text)) return text;
    var b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) b.append(visible(text.charAt(i)));
    return b.toString();
  }

  /**
   * A styled line for a terminal: the same characters as {@link #clean(String)}, each keeping its
   * style. The styles are factdrill's own and become escape sequences only when rendered.
   */
  public static AttributedString clean(AttributedString line) {
    if (isClean(line.toString())) return line;
    var b = new AttributedStringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) b.style(line.styleAt(i)).append(visible(line.charAt(i)));
    return b.toAttributedString();
  }

  /** Whether the text holds nothing a terminal would obey (checked without copying, the common case). */
  public static boolean isClean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c) && c != '\n' && c != '\t') return false;
    }
    return true;
  }

  /**
   * Text as it should be kept in a bank: every control character but the line break and the tab
   * removed, with a whole escape sequence (CSI, OSC, DCS... up to its end) removed with its ESC.
   * Used at the doors through which outside text enters a bank ({@code import}).
   */
  public static String strip(String text) {
    if (isClean(text)) return text;
    var b = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\u001b' || c == '\u009b' || c == '\u009d' || c == '\u0090') {
        i = endOfSequence(text, i);
      } else {
        if (!isControl(c) || c == '\n' || c == '\t') b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  /** The index just after the escape sequence starting at {@code start}. */
  private static int endOfSequence(String text, int start) {
    char first = text.charAt(start);
    int i = start + 1;
    char kind;
    if (first == '\u001b') {
      if (i >= text.length()) return i;
      kind = text.charAt(i++);
    } else {
      kind = first == '\u009b' ? '[' : first == '\u009d' ? ']' : 'P';
    }
    switch (kind) {
      case '[' -> {
        // CSI: parameter and intermediate bytes, then one final byte in @..~.
        while (i < text.length() && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x3f) i++;
        while (i < text.length() && text.charAt(i) >= 0x20 && text.charAt(i) <= 0x2f) i++;
        return i < text.length() && text.charAt(i) >= 0x40 && text.charAt(i) <= 0x7e ? i + 1 : i;
      }
      case ']', 'P', '_', '^', 'X' -> {
        // OSC, DCS, APC, PM, SOS: a string ended by BEL or ST (ESC \), or by the end of the text.
        while (i < text.length()) {
          char c = text.charAt(i);
          if (c == '\u0007' || c == '\u009c') return i + 1;
          if (c == '\u001b') return i + 1 < text.length() && text.charAt(i + 1) == '\\' ? i + 2 : i;
          i++;
        }
        return i;
      }
      default -> {
        // A two-character sequence (ESC c resets the terminal, ESC 7 saves the cursor...): only a printable second character belongs to it.
        return kind >= 0x20 && kind <= 0x7e ? i : i - 1;
      }
    }
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }

  private static String visible(char c) {
    if (c == '\n' || c == '\t' || !isControl(c)) return String.valueOf(c);
    if (c < 0x20) return String.valueOf((char) (0x2400 + c));
    if (c == 0x7f) return "\u2421";
    return "\uFFFD";
  }
}
