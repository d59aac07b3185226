package org.factdrill.cli;

import java.util.Map;

/** What the command line needs to know about standard output: is it a terminal, and how wide. */
final class Stdout {
  private Stdout() {}

  static boolean isTerminal() {
    try {
      return org.jline.nativ.CLibrary.isatty(1) == 1;
    } catch (Throwable nativeLibraryMissing) {
      // Without JLine's native library, Java only knows whether both stdin and stdout are a terminal.
      return System.console() != null;
    }
  }

  /** The terminal's width when stdout is one, else $COLUMNS, else {@code fallback}. */
  static int width(Map<String, String> env, int fallback) {
    if (isTerminal()) {
      try {
        int columns = org.jline.nativ.CLibrary.getTerminalWidth(1);
        if (columns > 0) return columns;
      } catch (Throwable nativeLibraryMissing) {
        // Fall through to $COLUMNS.
      }
    }
    String columns = env.get("COLUMNS");
    if (columns != null && columns.strip().matches("[0-9]{1,4}") && Integer.parseInt(columns.strip()) > 0) {
      return Integer.parseInt(columns.strip());
    }
    return fallback;
  }
}
