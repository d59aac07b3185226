package org.factdrill.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdrill.bank.QuestionBank;
import org.factdrill.terminal.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code factdrill show [BANK...]}: a bank's questions as a table, to choose what to export. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Lists a bank's questions: ids, types, kinds, questions and answers (ids and types are what export --ids and --types take).")
public final class ShowCommand implements Callable<Integer> {

  /** When the width cannot be known (output to a file or a pipe, no $COLUMNS). */
  static final int DEFAULT_WIDTH = 100;

  @ParentCommand Main main;

  @Parameters(paramLabel = "BANK", arity = "0..*",
      description = "Bank files or folders. Default: ./question-banks/, else the banks packaged with factdrill.")
  List<Path> banks;

  @Option(names = "--width", paramLabel = "COLUMNS", description = "Width of the table. Default: the terminal's, else $COLUMNS, else " + DEFAULT_WIDTH + ".")
  Integer width;

  @Override
  public Integer call() {
    if (width != null && width < QuestionTable.MIN_WIDTH) throw new UsageException("--width must be at least " + QuestionTable.MIN_WIDTH);
    int columns = width != null ? width : Stdout.width(main.env, DEFAULT_WIDTH);
    List<QuestionBank> loaded = BankSources.load(banks, Path.of(System.getProperty("user.dir")));
    boolean first = true;
    for (QuestionBank bank : loaded) {
      if (!first) main.out.println();
      first = false;
      main.out.print(TerminalText.clean(QuestionTable.render(bank, Math.max(columns, QuestionTable.MIN_WIDTH))));
    }
    main.out.flush();
    return Main.OK;
  }
}
