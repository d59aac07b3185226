package org.factdrill.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * Every command with one line saying what it is for: the list `factdrill --help` shows, and the
 * short usage a bare `factdrill` prints. picocli's own list wraps long descriptions over several
 * lines, which buries the command names a newcomer is looking for.
 */
final class CommandList implements CommandLine.IHelpSectionRenderer {

  /** One line per command; a command missing here shows the first line of its description. */
  static final Map<String, String> SUMMARIES = Map.of(
      "help", "Help on one command: factdrill help COMMAND.",
      "generate", "Make a question bank from each article (.txt, .html, .pdf).",
      "quiz", "Quiz yourself on question banks; every answer is saved.",
      "study", "Spaced repetition: the questions due today, then new ones.",
      "class", "Classroom quizzes: create one, students take it, report grades.",
      "stats", "Your scores over time, and what you miss most.",
      "export", "Write a bank for Moodle, Canvas, Blackboard, Kahoot, Anki, paper...",
      "import", "Read questions from GIFT, CSV, Aiken or JSON into a bank.",
      "show", "The questions of banks, with answers and sources.",
      "schema", "Print the JSON Schema every bank file passes.");

  @Override
  public String render(Help help) {
    Map<String, Help> commands = help.subcommands();
    int width = 0;
    for (String name : commands.keySet()) width = Math.max(width, name.length());
    var out = new StringBuilder();
    for (Map.Entry<String, Help> c : commands.entrySet()) {
      String name = c.getKey();
      String summary = SUMMARIES.get(name);
      if (summary == null) {
        String[] description = c.getValue().commandSpec().usageMessage().description();
        summary = description.length == 0 ? "" : description[0];
      }
      out.append("  ").append(name).append(" ".repeat(width - name.length() + 2)).append(summary).append('\n');
    }
    return out.toString();
  }

  /** What a bare `factdrill` prints: how to call it, then every command, then where to read more. */
  static String shortUsage(CommandLine root) {
    return "Usage: factdrill COMMAND [ARGUMENTS...]\n"
        + String.join("\n", root.getCommandSpec().usageMessage().description()) + "\n\n"
        + "Commands:\n"
        + new CommandList().render(root.getHelp())
        + "\n'factdrill COMMAND --help' tells more about one command; 'factdrill --help' also lists the options.\n";
  }
}
