package org.factdrill.cli;

import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli could not parse, said in the user's words: what was wrong, the nearest
 * command or option when one is close, then where to read more. Two lines, for standard error.
 */
final class UsageErrors {
  private UsageErrors() {}

  static String explain(ParameterException e) {
    CommandLine at = e.getCommandLine();
    CommandSpec spec = at.getCommandSpec();
    String command = spec.qualifiedName(" ");
    return "factdrill: " + what(e, spec) + "\n" + "See '" + command + " --help'" + (spec.parent() == null ? " for the commands" : "") + ".\n";
  }

  private static String what(ParameterException e, CommandSpec spec) {
    String who = spec.parent() == null ? "" : spec.qualifiedName(" ").substring("factdrill ".length());
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String word = u.getUnmatched().get(0);
      boolean option = word.startsWith("-") && u.isUnknownOption();
      String nearest = nearest(word, option ? options(spec) : List.copyOf(spec.subcommands().keySet()));
      String hint = nearest == null ? "" : "; did you mean '" + nearest + "'?";
      if (option) {
        return (who.isEmpty() ? "unknown option '" + word + "'" : who + " has no option '" + word + "'") + hint;
      }
      if (who.isEmpty()) return "'" + word + "' is not a command" + hint;
      if (spec.positionalParameters().isEmpty()) return who + " takes no argument like '" + word + "'" + hint;
      return who + ": one argument too many: '" + word + "'" + hint;
    }
    // picocli reports a missing --format before the misspelt --fromat that was meant to give it.
    List<String> unmatched = e.getCommandLine().getUnmatchedArguments();
    if (e instanceof MissingParameterException && !unmatched.isEmpty() && unmatched.get(0).startsWith("-")) {
      String nearest = nearest(unmatched.get(0), options(spec));
      return (who.isEmpty() ? "unknown option '" + unmatched.get(0) + "'" : who + " has no option '" + unmatched.get(0) + "'")
          + (nearest == null ? "" : "; did you mean '" + nearest + "'?");
    }
    if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
      ArgSpec missing = m.getMissing().get(0);
      String name = missing instanceof OptionSpec o ? o.longestName() : missing.paramLabel();
      String about = about(missing);
      return (who.isEmpty() ? "factdrill" : who) + " needs " + name + (about.isEmpty() ? "" : ": " + about);
    }
    ArgSpec arg = e.getArgSpec();
    if (arg != null && e.getValue() != null && e.getCause() != null) {
      String name = arg instanceof OptionSpec o ? String.join("/", o.names()) : arg.paramLabel();
      return (who.isEmpty() ? "" : who + ": ") + name + " takes " + expected(arg) + ", not '" + e.getValue() + "'";
    }
    // The rest (an option given twice, too many values) picocli already says plainly.
    String said = e.getMessage();
    return (who.isEmpty() ? "" : who + ": ") + (said.isEmpty() ? said : said.substring(0, 1).toLowerCase(Locale.ROOT) + said.substring(1));
  }

  private static List<String> options(CommandSpec spec) {
    var names = new java.util.ArrayList<String>();
    for (OptionSpec o : spec.options()) names.addAll(List.of(o.names()));
    return names;
  }

  /** What a value of this argument looks like, for "takes ..." */
  private static String expected(ArgSpec arg) {
    Class<?> type = arg.type();
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) return "a whole number";
    if (type == double.class || type == Double.class) return "a number";
    if (type.isEnum()) {
      var names = new StringBuilder();
      for (Object c : type.getEnumConstants()) names.append(names.length() == 0 ? "" : ", ").append(c.toString().toLowerCase(Locale.ROOT));
      return "one of " + names;
    }
    return "a " + arg.paramLabel();
  }

  /** The first line of an argument's description, in lower case and without its full stop. */
  private static String about(ArgSpec arg) {
    String[] lines = arg.renderedDescription();
    if (lines.length == 0 || lines[0].isBlank()) return "";
    String first = lines[0].strip();
    if (first.endsWith(".")) first = first.substring(0, first.length() - 1);
    return first.substring(0, 1).toLowerCase(Locale.ROOT) + first.substring(1);
  }

  /**
   * The candidate nearest to what was typed, when it is really near: a few letters off, or what was
   * typed is its start. picocli always suggests something, and "generate" for "frobnicate" would
   * only confuse.
   */
  static String nearest(String typed, List<String> candidates) {
    String bare = typed.replaceFirst("=.*", "").toLowerCase(Locale.ROOT);
    String letters = bare.replaceFirst("^-+", "");
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int distance = LevenshteinDistance.getDefaultInstance().apply(bare, c.toLowerCase(Locale.ROOT));
      boolean start = letters.length() >= 2 && c.replaceFirst("^-+", "").startsWith(letters);
      if ((distance <= Math.max(2, letters.length() / 3) || start) && distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
    return best;
  }
}
