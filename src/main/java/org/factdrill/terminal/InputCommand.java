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
  /** Study: the last answer's rating changed to Again (:again or :1), Hard, Good or Easy. */
  AGAIN,
  HARD,
  GOOD,
  EASY,
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
      case ":again", ":1" -> AGAIN;
      case ":hard", ":2" -> HARD;
      case ":good", ":3" -> GOOD;
      case ":easy", ":4" -> EASY;
      default -> UNKNOWN;
    });
  }

  /** The grade (1–4) of a rating command; 0 for the others. */
  public int grade() {
    return switch (this) {
      case AGAIN -> 1;
      case HARD -> 2;
      case GOOD -> 3;
      case EASY -> 4;
      default -> 0;
    };
  }
}
