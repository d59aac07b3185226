package org.factdrill.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.BankFormatException;
import org.factdrill.export.BankReader;
import org.factdrill.export.ImportException;
import org.factdrill.export.ImportFormats;
import org.factdrill.export.UnknownFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code factdrill import FILE [--format gift|json|csv|aiken] -o BANK}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads questions edited in another tool (GIFT, CSV, Aiken, or a bank's JSON) into a bank.",
      "What the file cannot say (kind, source sentence) gets the defaults the README lists.",
    })
public final class ImportCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to read.")
  Path file;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "gift, json, csv or aiken. Default: from the file's extension (.gift, .json, .csv, .aiken; "
          + ".txt is GIFT, or Aiken when it has \"ANSWER: X\" lines).")
  String format;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "BANK", description = "The bank file (.json) to write.")
  Path output;

  @Override
  public Integer call() {
    AtomicFile.checkTarget(output);
    String text = readText(file);
    BankReader reader;
    try {
      reader = format != null ? ImportFormats.byName(format) : ImportFormats.forFile(file.getFileName().toString(), text);
    } catch (UnknownFormatException e) {
      throw new UsageException(e.getMessage());
    }
    BankReader.Import result;
    try {
      result = reader.read(text, file.toString());
    } catch (ImportException e) {
      throw new CommandFailure(e.getMessage());
    }
    result.warnings().forEach(w -> main.err.println("factdrill: warning: " + w));
    int count = result.bank().questions().size();
    if (count == 0) throw new CommandFailure(file + ": no question factdrill can hold; nothing written");
    String json = BankCodec.write(result.bank());
    try {
      // The bank must load again exactly as the other commands will load it.
      BankCodec.read(json, output.toString());
    } catch (BankFormatException e) {
      throw new CommandFailure("the imported bank does not pass the bank schema: " + e.getMessage());
    }
    AtomicFile.write(output, json.getBytes(StandardCharsets.UTF_8));
    main.err.println("read " + ExportCommand.plural(count, "question") + " (" + reader.name() + ") into " + output);
    return Main.OK;
  }

  private static String readText(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw new CommandFailure(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new CommandFailure(file + ": not UTF-8 text (save it as UTF-8 and try again)");
    } catch (IOException e) {
      throw new CommandFailure(file + ": cannot read (" + e.getMessage() + ")");
    }
  }
}
