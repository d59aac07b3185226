package org.factdrill.export;

/**
 * The one HTML escaper of the exports: the HTML worksheet, Anki's fields ({@code #html:true}) and
 * Canvas's {@code text/html} texts all show bank text through it. The five markup characters become
 * entities, so text like {@code <b>} shows as typed; a line break becomes {@code <br>}, the only way
 * HTML shows one; NUL, which browsers and Anki refuse, becomes U+FFFD.
 */
final class HtmlText {
  private HtmlText() {}

  static String escape(String s) {
    var out = new StringBuilder(s.length() + 16);
    String clean = s.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append("<br>");
        case '\0' -> out.append('\uFFFD');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
