package org.factdrill.cli;

import java.util.Map;

/** Whether this run can use the interactive screens, and how wide plain output is. */
final class Terminals {
  private Terminals() {}

  /**
   * Interactive only in the real process (stdin is System.in), when stdin and stdout are both a
   * terminal (System.console() tells exactly that on Java 17), and TERM=dumb and NO_COLOR are unset.
   */
  static boolean interactive(Main main) {
    if (main.in != System.in || System.console() == null) return false;
    String term = main.env.get("TERM");
    if (term == null || term.equals("dumb")) return false;
    return !main.env.containsKey("NO_COLOR");
  }

  static int plainWidth(Map<String, String> env) {
    try {
      int columns = Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip());
      return Math.max(10, Math.min(columns, 200));
    } catch (NumberFormatException e) {
      return 80;
    }
  }
}
