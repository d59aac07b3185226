package org.factdrill.terminal;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** Word-wraps styled text to a width, breaking words longer than a line; any width of at least 1 works. */
final class Wrap {
  private Wrap() {}

  /** The lines of {@code text} at {@code width} columns, each continuation line indented by {@code indent} spaces. */
  static List<AttributedString> lines(AttributedString text, int width, int indent) {
    width = Math.max(1, width);
    indent = Math.min(indent, width / 2);
    var out = new ArrayList<AttributedString>();
    int n = text.length();
    int start = 0;
    boolean first = true;
    while (start < n || first) {
      int room = first ? width : width - indent;
      int end = Math.min(n, start + room);
      if (end < n) {
        int space = -1;
        for (int i = end; i > start; i--) {
          if (text.charAt(i) == ' ') {
            space = i;
            break;
          }
        }
        if (space > start) end = space;
      }
      var line = new AttributedStringBuilder();
      if (!first) line.append(" ".repeat(indent));
      line.append(text.subSequence(start, end));
      out.add(line.toAttributedString());
      start = end;
      while (start < n && text.charAt(start) == ' ') start++;
      first = false;
    }
    return out;
  }
}
