package org.factdrill.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code factdrill class}: the parent of the classroom subcommands; alone it prints their list. */
@Command(
    name = "class",
    mixinStandardHelpOptions = true,
    description = "Classroom quizzes: freeze a quiz for a class, let students take it, report grades and item analysis.",
    subcommands = {ClassCreateCommand.class, ClassTakeCommand.class, ClassReportCommand.class})
public final class ClassCommand implements Runnable {

  @ParentCommand Main main;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(main.out);
  }
}
