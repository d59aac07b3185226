package org.factdrill.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process, as a person would from a shell: exit code and both streams. */
record CliRun(int code, String out, String err, byte[] outBytes) {

  static final Path GOLDEN = Path.of(System.getProperty("factdrill.projectDir", "."))
      .resolve("src/test/resources/org/factdrill/export/golden");

  static CliRun of(String... args) {
    return of("", Map.of(), args);
  }

  /** With {@code input} on standard input (one answer per line for a quiz) and only {@code env} as the environment. */
  static CliRun of(String input, Map<String, String> env, String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env, args);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), out.toByteArray());
  }

  /** {@code args} after {@code first}: for a --home every run of a test shares. */
  static String[] after(List<String> first, String... args) {
    var all = new ArrayList<>(first);
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }
}
