package org.factdrill.terminal;

import java.util.Locale;
import java.util.Optional;

/** The commands a learner can type at any answer prompt. */
public enum InputCommand {
  HINT,
  SKIP,
  SOURCE,
  QUIT,
  HELP,
  /** Looks like a command (starts with ':') but is none. */
  UNKNOWN;

  /** The command typed, or empty when the input is an answer. */
  public static Optional<InputCommand> of(String input) {
    String t = input.strip().toLowerCase(Locale.ROOT);
    if (t.equals("?") || t.equals(":help") || t.equals(":?")) return Optional.of(HELP);
    if (!t.startsWith(":")) return Optional.empty();
    return Optional.of(switch (t) {
      case ":hint", ":h" -> HINT;
      case ":skip", ":s" -> SKIP;
      case ":source", ":src" -> SOURCE;
      case ":quit", ":q", ":exit" -> QUIT;
      default -> UNKNOWN;
    });
  }
}
