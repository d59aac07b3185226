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

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void helpListsTheCommandsAndExitsZero() {
    CliRun r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: factdrill").contains("Commands:");
  }

  @Test
  void outputThatCannotBeWrittenIsAFailureNamingTheCause() throws Exception {
    // `factdrill export BANK --format gift > file` on a full disk: /dev/full refuses every write with ENOSPC.
    var err = new ByteArrayOutputStream();
    String bank = Path.of(System.getProperty("factdrill.projectDir", ".")).resolve("question-banks/ban-lavrov-and-libya.json").toString();
    for (String[] args : new String[][] {{"schema"}, {"export", bank, "--format", "gift"}}) {
      err.reset();
      int code;
      try (var full = new java.io.FileOutputStream("/dev/full")) {
        code = Main.run(new ByteArrayInputStream(new byte[0]), new Main.WatchedOutput(full.getFD()),
            new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), args);
      }
      String said = err.toString(StandardCharsets.UTF_8);
      assertThat(code).as(args[0]).isEqualTo(Main.FAILURE);
      assertThat(said).as(args[0]).endsWith("factdrill: cannot write to standard output: No space left on device\n").doesNotContain("wrote ");
      assertThat(said.lines().filter(l -> !l.contains("warning: skipped"))).as(args[0]).hasSize(1);
    }
  }

  @Test
  void versionNamesTheTool() {
    CliRun r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("factdrill ");
  }

  @Test
  void anUnknownCommandIsAUsageErrorInOneLineWithoutATrace() {
    CliRun r = run("frobnicate");
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
    CliRun unknown = run("--home", "/nonexistent/x", "quizz");
    assertThat(unknown.code()).isEqualTo(Main.USAGE);
    assertThat(unknown.err()).startsWith("factdrill: ");
  }

  @Test
  void homeFollowsTheEnvironmentInOrder() {
    assertThat(Home.resolve(Map.of("FACTDRILL_HOME", "/a", "XDG_DATA_HOME", "/x", "HOME", "/h"))).isEqualTo(Path.of("/a"));
    assertThat(Home.resolve(Map.of("XDG_DATA_HOME", "/x", "HOME", "/h"))).isEqualTo(Path.of("/x/factdrill"));
    assertThat(Home.resolve(Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.local/share/factdrill"));
  }

  @Test
  void bareFactdrillListsEveryCommandOnOneLineEachAndIsAUsageError() {
    CliRun r = run();
    assertThat(r.code()).isEqualTo(Main.USAGE);
    for (String name : Main.COMMANDS.keySet()) {
      assertThat(r.err().lines().filter(l -> l.startsWith("  " + name + " "))).as(name).hasSize(1);
    }
    assertThat(r.err()).startsWith("Usage: factdrill COMMAND").contains("factdrill COMMAND --help");
    assertThat(r.err().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
  }

  @Test
  void helpListsEachCommandOnOneLine() {
    String help = run("--help").out();
    String list = help.substring(help.indexOf("Commands:\n") + "Commands:\n".length());
    assertThat(list.lines().toList()).hasSize(Main.COMMANDS.size()).allSatisfy(l -> assertThat(l).startsWith("  ").doesNotStartWith("   "));
  }

  @Test
  void aMisspeltCommandOrOptionGetsTheNearestOneAndAPointerToHelp() {
    assertThat(run("quizz").err()).isEqualTo("factdrill: 'quizz' is not a command; did you mean 'quiz'?\nSee 'factdrill --help' for the commands.\n");
    assertThat(run("genrate", "a.txt").err()).startsWith("factdrill: 'genrate' is not a command; did you mean 'generate'?\n");
    assertThat(run("frobnicate").err()).startsWith("factdrill: 'frobnicate' is not a command\n");
    CliRun option = run("quiz", "--cout", "3");
    assertThat(option.code()).isEqualTo(Main.USAGE);
    assertThat(option.err()).isEqualTo("factdrill: quiz has no option '--cout'; did you mean '--count'?\nSee 'factdrill quiz --help'.\n");
    // picocli would report the missing --format first; the misspelling is what the user needs to see
    assertThat(run("export", "a.json", "--fromat", "gift").err()).startsWith("factdrill: export has no option '--fromat'; did you mean '--format'?\n");
  }

  @Test
  void missingArgumentsAndBadValuesAreSaidInTheUsersWords() {
    CliRun missing = run("generate");
    assertThat(missing.code()).isEqualTo(Main.USAGE);
    assertThat(missing.err()).isEqualTo("factdrill: generate needs ARTICLE_OR_DIR: article files or folders of articles\nSee 'factdrill generate --help'.\n");
    assertThat(run("export", "a.json").err()).startsWith("factdrill: export needs --format: the format to write: json, gift, ");
    assertThat(run("quiz", "-n", "x").err()).startsWith("factdrill: quiz: -n/--count takes a whole number, not 'x'\n");
    assertThat(run("stats", "foo").err()).startsWith("factdrill: stats takes no argument like 'foo'\n");
  }

  @Test
  void nearestIgnoresWhatIsFarFromAnyCandidate() {
    assertThat(UsageErrors.nearest("--widht", java.util.List.of("--width", "--help"))).isEqualTo("--width");
    assertThat(UsageErrors.nearest("gen", java.util.List.of("generate", "quiz"))).isEqualTo("generate");
    assertThat(UsageErrors.nearest("frobnicate", java.util.List.of("generate", "stats"))).isNull();
  }
}
