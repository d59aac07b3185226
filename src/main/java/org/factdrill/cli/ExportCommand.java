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
    })
public final class ExportCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @Parameters(index = "0", arity = "0..1", paramLabel = "BANK",
      description = "The bank file (.json), or a bank id in your library. Default: the one bank of your library (else of ./question-banks/, else the packaged seed bank).")
  Path bank;

  @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "The format to write: ${COMPLETION-CANDIDATES}.")
  String format;

  /** The format names for help and shell completion, from the one registry. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ExportFormats.names().iterator();
    }
  }

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Where to write; a file is written whole or not at all; a FIFO or device is written to directly; - or no -o: standard output (text formats only on a terminal).")
  Path output;

  @Option(names = "--types", split = ",", paramLabel = "T", description = "Only these question types (multiple_choice, multi_select, short_answer, true_false, ordering, matching).")
  List<String> types;

  @Option(names = "--ids", split = ",", paramLabel = "ID", description = "Only the questions with these ids (see `factdrill show`).")
  List<String> ids;

  @Option(names = "-n", paramLabel = "N", description = "At most N questions: the first N, in bank order, that pass the other filters.")
  Integer limit;

  @Override
  public Integer call() {
    // "-o -" is standard output, as for most tools.
    if (output != null && output.toString().equals("-")) output = null;
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
    QuestionBank source = BankSources.loadOne(bank, main.homeDir(), Path.of(System.getProperty("user.dir")));
    String bank = this.bank != null ? this.bank.toString() : source.id();
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
    // One write for all the warnings: a big bank can skip tens of thousands of questions.
    var warnings = new StringBuilder();
    for (BankWriter.Skipped s : export.skipped()) {
      warnings.append("factdrill: warning: skipped ").append(s.questionId()).append(": ").append(s.reason()).append('\n');
    }
    main.err.print(warnings);
    if (export.written() == 0) {
      throw new CommandFailure("nothing written: " + writer.name() + " can hold none of the " + plural(chosen.size(), "question") + " chosen");
    }
    if (output != null) {
      AtomicFile.write(output, export.bytes());
    } else if (!isText(export.bytes()) && Stdout.isTerminal()) {
      // A writer that forgot to say binary() still must not garble the screen.
      throw new UsageException(writer.name() + " is not text: give -o FILE (or redirect the output to a file)");
    } else {
      main.out.write(export.bytes(), 0, export.bytes().length);
      // Not "wrote N questions" when they never arrived (a redirection onto a full disk).
      main.stdoutFailure().ifPresent(why -> {
        throw new CommandFailure("cannot write to standard output: " + why);
      });
    }
    long twins = export.skipped().stream().filter(s -> s.twinOf() != null).count();
    main.err.println("wrote " + plural(export.written(), "question") + ", skipped " + export.skipped().size()
        + (twins == 0 ? "" : " (" + twins + " of them typed twins of questions written with choices)"));
    return Main.OK;
  }

  /** UTF-8 text with no NUL: what a terminal can show. */
  static boolean isText(byte[] bytes) {
    for (byte b : bytes) if (b == 0) return false;
    try {
      java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
