package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpListsTheCommandsAndExitsZero() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: factdrill").contains("Commands:");
  }

  @Test
  void versionNamesTheTool() {
    Run r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("factdrill ");
  }

  @Test
  void anUnknownCommandIsAUsageErrorInOneLineWithoutATrace() {
    Run r = run("frobnicate");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("factdrill: ").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void everyCommandIsListedUnderTheNameItsAnnotationGives() {
    Main.COMMANDS.forEach((name, type) ->
        assertThat(type.getAnnotation(picocli.CommandLine.Command.class).name()).as(type.getName()).isEqualTo(name));
    assertThat(run("--help").out()).contains("quiz", "generate", "class", "stats", "export", "import", "show", "schema");
  }

  @Test
  void aCommandRegisteredAloneHasTheSameHelpAsWithEveryCommand() {
    var all = Main.commandLine(new Main(null, null, null, Map.of()));
    for (String name : Main.COMMANDS.keySet()) {
      var alone = Main.commandLine(new Main(null, null, null, Map.of()), "--home", "/h", "--debug", name);
      assertThat(alone.getSubcommands().keySet()).as(name).containsExactly(name.equals("help") ? Main.COMMANDS.keySet().toArray(String[]::new) : new String[] {name});
      assertThat(alone.getSubcommands().get(name).getUsageMessage()).as(name).isEqualTo(all.getSubcommands().get(name).getUsageMessage());
    }
  }

  @Test
  void rootOptionsBeforeOrAfterTheCommandStillApply() {
    assertThat(run("--home", "/nonexistent/x", "quiz", "--help").out()).contains("Usage: factdrill quiz");
    assertThat(run("--home=/nonexistent/x", "--debug", "schema", "--help").out()).contains("Usage: factdrill schema");
    assertThat(run("help", "quiz").out()).contains("Usage: factdrill quiz");
    Run unknown = run("--home", "/nonexistent/x", "quizz");
    assertThat(unknown.code()).isEqualTo(Main.USAGE);
    assertThat(unknown.err()).startsWith("factdrill: ");
  }

  @Test
  void homeFollowsTheEnvironmentInOrder() {
    assertThat(Home.resolve(Map.of("FACTDRILL_HOME", "/a", "XDG_DATA_HOME", "/x", "HOME", "/h"))).isEqualTo(Path.of("/a"));
    assertThat(Home.resolve(Map.of("XDG_DATA_HOME", "/x", "HOME", "/h"))).isEqualTo(Path.of("/x/factdrill"));
    assertThat(Home.resolve(Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.local/share/factdrill"));
  }
}
