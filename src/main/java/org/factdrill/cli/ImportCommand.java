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
import org.factdrill.terminal.TerminalText;
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
    boolean toStdout = output.toString().equals("-");
    if (!toStdout) AtomicFile.checkTarget(output);
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
      // Control characters and escape sequences stop at the door, as generate does with articles.
      json = BankCodec.write(BankCodec.read(withoutControls(json), file.toString()));
      // The bank must load again exactly as the other commands will load it.
      BankCodec.read(json, output.toString());
    } catch (BankFormatException e) {
      throw new CommandFailure("the imported bank does not pass the bank schema: " + e.getMessage());
    }
    if (toStdout) {
      main.out.print(json);
      main.out.flush();
    } else {
      AtomicFile.write(output, json.getBytes(StandardCharsets.UTF_8));
    }
    main.err.println("read " + ExportCommand.plural(count, "question") + " (" + reader.name() + ") into " + output);
    return Main.OK;
  }

  /** The bank JSON with every string stripped of control characters and escape sequences (line breaks and tabs kept). */
  static String withoutControls(String json) {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    try {
      var root = mapper.readTree(json);
      return mapper.writeValueAsString(stripped(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the bank codec's own output is JSON", e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode stripped(com.fasterxml.jackson.databind.JsonNode node) {
    if (node.isTextual()) return com.fasterxml.jackson.databind.node.TextNode.valueOf(TerminalText.strip(node.asText()));
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      var names = new java.util.ArrayList<String>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) o.set(name, stripped(o.get(name)));
    } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode a) {
      for (int i = 0; i < a.size(); i++) a.set(i, stripped(a.get(i)));
    }
    return node;
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
