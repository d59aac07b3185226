package org.factdrill.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.QuestionBank;
import org.factdrill.terminal.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code factdrill show [BANK...]}: a bank's questions to read (blocks wrapped to the width), to
 * scan and choose what to export (--table), or for a script (--json).
 */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = {"Shows a bank's questions: each prompt with its choices, the answer marked, the type, kind and id, and the source sentence.",
        "Ids and types are what export --ids and --types take."})
public final class ShowCommand implements Callable<Integer> {

  /** When the width cannot be known (output to a file or a pipe, no $COLUMNS). */
  static final int DEFAULT_WIDTH = 100;

  @ParentCommand Main main;

  @Parameters(paramLabel = "BANK", arity = "0..*",
      description = "Bank files, folders of banks, or bank ids in your library. Default: your bank library, else ./question-banks/, else the packaged seed bank.")
  List<Path> banks;

  @Option(names = "--width", paramLabel = "COLUMNS", description = "Width to wrap to. Default: the terminal's, else $COLUMNS, else " + DEFAULT_WIDTH + ".")
  Integer width;

  @Option(names = "--table", description = "One line per question: id, type, kind, question, answer (cut to the width).")
  boolean table;

  @Option(names = "--json", description = "The banks as JSON for scripts: an array of bank objects as bank files hold them.")
  boolean json;

  @Override
  public Integer call() {
    if (table && json) throw new UsageException("--table and --json are two different outputs: give one");
    if (width != null && width < QuestionTable.MIN_WIDTH) throw new UsageException("--width must be at least " + QuestionTable.MIN_WIDTH);
    int columns = Math.max(width != null ? width : Stdout.width(main.env, DEFAULT_WIDTH), QuestionTable.MIN_WIDTH);
    List<QuestionBank> loaded = BankSources.load(banks, main.homeDir(), Path.of(System.getProperty("user.dir")));
    if (json) {
      // Each bank exactly as its file form (the contract scripts already read), in one JSON array.
      var all = new StringBuilder("[\n");
      for (int i = 0; i < loaded.size(); i++) {
        all.append(BankCodec.write(loaded.get(i)).stripTrailing()).append(i < loaded.size() - 1 ? ",\n" : "\n");
      }
      main.out.print(all.append("]\n"));
      main.out.flush();
      return Main.OK;
    }
    boolean first = true;
    for (QuestionBank bank : loaded) {
      if (!first) main.out.println();
      first = false;
      // the sanitiser at the printing point; QuestionBlocks also cleans each text before measuring it
      main.out.print(TerminalText.clean(table ? QuestionTable.render(bank, columns) : QuestionBlocks.render(bank, columns)));
    }
    main.out.flush();
    return Main.OK;
  }
}
