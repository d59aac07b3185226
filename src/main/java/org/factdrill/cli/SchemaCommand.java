package org.factdrill.cli;

import java.util.concurrent.Callable;
import org.factdrill.bank.BankCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code factdrill schema}: the JSON Schema every bank file must pass. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema of bank files (what `factdrill export --format json` writes and every command reads).")
public final class SchemaCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @Override
  public Integer call() {
    String schema = BankCodec.schemaText();
    main.out.print(schema.endsWith("\n") ? schema : schema + "\n");
    main.out.flush();
    return Main.OK;
  }
}
