package org.factdrill.export;

/**
 * The characters XML 1.0 can hold at all. Every XML format (Moodle XML, QTI 2.1, Canvas QTI 1.2)
 * drops the others before its own escaping: most control characters, lone surrogates, U+FFFE and
 * U+FFFF, which no escape can carry and which make an importer reject the whole file.
 */
final class XmlChars {
  private XmlChars() {}

  /** {@code raw} without the characters XML 1.0 cannot hold (the same string when there are none). */
  static String legal(String raw) {
    if (allLegal(raw)) return raw;
    var out = new StringBuilder(raw.length());
    raw.codePoints().forEach(c -> {
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      if (allowed) out.appendCodePoint(c);
    });
    return out.toString();
  }

  /** The common case, checked without copying: no control characters and no lone surrogates. */
  private static boolean allLegal(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) return false;
      if (c == 0xFFFE || c == 0xFFFF) return false;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= raw.length() || !Character.isLowSurrogate(raw.charAt(i + 1))) return false;
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
