package org.factdrill.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factdrill.bank.QuestionBank;
import org.factdrill.export.BankWriter;
import org.factdrill.export.ExportFormats;
import org.factdrill.export.QuestionSelection;
import org.factdrill.export.UnknownFormatException;
import org.factdrill.questions.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code factdrill export BANK --format FORMAT [-o FILE] [--types T,...] [--ids ID,...] [-n N]}. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a bank's questions in a format other tools read (Moodle, Blackboard, spreadsheets...).",
      "Questions the format cannot hold are skipped with a warning naming them.",
    },
    footer = {"", "Formats: json, gift, moodle-xml, aiken, blackboard, csv, and more: see the README."})
public final class ExportCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "BANK", description = "The bank file (.json) to export.")
  Path bank;

  @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", description = "The format to write.")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write; written whole or not at all. Default: standard output (text formats only).")
  Path output;

  @Option(names = "--types", split = ",", paramLabel = "T", description = "Only these question types (multiple_choice, multi_select, short_answer, true_false, ordering, matching).")
  List<String> types;

  @Option(names = "--ids", split = ",", paramLabel = "ID", description = "Only the questions with these ids (see `factdrill show`).")
  List<String> ids;

  @Option(names = "-n", paramLabel = "N", description = "At most N questions: the first N, in bank order, that pass the other filters.")
  Integer limit;

  @Override
  public Integer call() {
    BankWriter writer;
    QuestionSelection selection;
    try {
      writer = ExportFormats.byName(format);
      selection = QuestionSelection.of(types, ids, limit);
    } catch (UnknownFormatException | QuestionSelection.InvalidSelection e) {
      throw new UsageException(e.getMessage());
    }
    if (output == null && writer.binary() && Stdout.isTerminal()) {
      throw new UsageException(writer.name() + " is not text: give -o FILE (or redirect the output to a file)");
    }
    if (output != null) AtomicFile.checkTarget(output);
    QuestionBank source = BankSources.loadFile(bank);
    List<Question> chosen;
    try {
      chosen = selection.apply(source.questions());
    } catch (QuestionSelection.InvalidSelection e) {
      throw new UsageException(bank + ": " + e.getMessage());
    }
    if (chosen.isEmpty()) {
      throw new CommandFailure(bank + ": " + (source.questions().isEmpty() ? "the bank has no questions" : "no question matches --types/--ids"));
    }
    BankWriter.Export export = writer.write(source, chosen);
    for (BankWriter.Skipped s : export.skipped()) {
      main.err.println("factdrill: warning: skipped " + s.questionId() + ": " + s.reason());
    }
    if (export.written() == 0) {
      throw new CommandFailure("nothing written: " + writer.name() + " can hold none of the " + plural(chosen.size(), "question") + " chosen");
    }
    if (output != null) {
      AtomicFile.write(output, export.bytes());
    } else {
      main.out.write(export.bytes(), 0, export.bytes().length);
      main.out.flush();
    }
    main.err.println("wrote " + plural(export.written(), "question") + ", skipped " + export.skipped().size());
    return Main.OK;
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
