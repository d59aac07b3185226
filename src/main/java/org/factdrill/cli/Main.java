package org.factdrill.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The factdrill command line. {@link #run} is the testable entry: streams in, exit code out; only
 * {@link #main} calls System.exit. Exit codes: 0 success, 1 runtime failure, 2 usage error.
 */
@Command(
    name = "factdrill",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns news articles into question banks and quizzes you on them.")
public final class Main implements java.util.concurrent.Callable<Integer> {

  /**
   * Every subcommand, by the name in its {@code @Command} (in the order help lists them): add yours
   * here. They are not in {@code @Command(subcommands = ...)} because picocli then reads every
   * command's annotations on every start, about a third of a quiz's start-up; a run registers only
   * the command it runs (see {@link #commandLine}). MainTest checks each name matches its class.
   */
  static final Map<String, Class<?>> COMMANDS = commands(
      "help", CommandLine.HelpCommand.class,
      "generate", GenerateCommand.class,
      "quiz", QuizCommand.class,
      "study", StudyCommand.class,
      "class", ClassCommand.class,
      "stats", StatsCommand.class,
      "export", ExportCommand.class,
      "import", ImportCommand.class,
      "show", ShowCommand.class,
      "schema", SchemaCommand.class);

  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;

  @Option(names = "--home", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
      description = "Where user data (the score database) lives. Default: $FACTDRILL_HOME, "
          + "else $XDG_DATA_HOME/factdrill, else ~/.local/share/factdrill.")
  Path home;

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Show the full stack trace of an unexpected error.")
  boolean debug;

  final InputStream in;
  final PrintStream out;
  final PrintStream err;
  final Map<String, String> env;

  Main(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = env;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** A bare `factdrill`: a newcomer's first command gets the list of commands, as a usage error. */
  @Override
  public Integer call() {
    err.print(CommandList.shortUsage(spec.commandLine()));
    return USAGE;
  }

  /** The user-data folder: --home, else the environment's choice (see {@link Home}). */
  public Path homeDir() {
    return home != null ? home : Home.resolve(env);
  }

  /**
   * Why writing to standard output failed (a full disk under a redirection, a closed pipe), or
   * empty when it did not. A PrintStream only keeps a flag; the process's own stdout keeps the cause.
   */
  Optional<String> stdoutFailure() {
    out.flush();
    if (!out.checkError()) return Optional.empty();
    String why = out instanceof WatchedOutput w ? w.cause() : null;
    return Optional.of(why == null ? "write error" : why);
  }

  /** Standard output that remembers the first I/O error, which PrintStream would swallow. */
  static final class WatchedOutput extends PrintStream {
    private final Recorder recorder;

    WatchedOutput(java.io.FileDescriptor fd) {
      this(new Recorder(new java.io.FileOutputStream(fd)));
    }

    private WatchedOutput(Recorder recorder) {
      super(recorder, true, StandardCharsets.UTF_8);
      this.recorder = recorder;
    }

    String cause() {
      return recorder.failure == null ? null : recorder.failure.getMessage();
    }

    private static final class Recorder extends java.io.FilterOutputStream {
      java.io.IOException failure;

      Recorder(java.io.OutputStream out) {
        super(out);
      }

      @Override
      public void write(byte[] b, int off, int len) throws java.io.IOException {
        try {
          out.write(b, off, len);
        } catch (java.io.IOException e) {
          if (failure == null) failure = e;
          throw e;
        }
      }

      @Override
      public void write(int b) throws java.io.IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void flush() throws java.io.IOException {
        try {
          out.flush();
        } catch (java.io.IOException e) {
          if (failure == null) failure = e;
          throw e;
        }
      }
    }
  }

  public static void main(String[] args) {
    String command = commandNamed(args);
    if ("quiz".equals(command) || "study".equals(command)) QuizCommand.prepareInBackground();
    var out = new WatchedOutput(java.io.FileDescriptor.out);
    var err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(System.in, out, err, System.getenv(), args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    return run(in, out, err, System.getenv(), args);
  }

  public static int run(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, String... args) {
    var main = new Main(in, out, err, env);
    var cli = commandLine(main, args);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // Classes, not lambdas: picocli is built for Java 5, and a lambda implementing one of its
    // interfaces keeps picocli's main class out of the launcher's class-data archive.
    cli.setExecutionExceptionHandler(new CommandLine.IExecutionExceptionHandler() {
      @Override
      public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return failure(main, e);
      }
    });
    cli.setParameterExceptionHandler(new CommandLine.IParameterExceptionHandler() {
      @Override
      public int handleParseException(CommandLine.ParameterException e, String[] args1) {
        err.print(UsageErrors.explain(e));
        return USAGE;
      }
    });
    try {
      int code = cli.execute(args);
      // Output that never arrived (`factdrill export ... > file` on a full disk) is a failure, not
      // a success with a short file. A closed pipe (`| head`) needs no message: its reader is gone.
      Optional<String> lost = main.stdoutFailure();
      if (lost.isPresent() && code == OK) {
        if (!"Broken pipe".equals(lost.get())) err.println("factdrill: cannot write to standard output: " + lost.get());
        return FAILURE;
      }
      return code;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The command line for these arguments. When the first argument after the root's own options
   * (--home DIR, --debug) names a command, only that command is registered: picocli builds a
   * command's model from its annotations by reflection, and doing so for every command costs a
   * quiz start more than loading its bank. For anything else (no command, --help, --version, help,
   * an unknown word, an @file) every command is registered, so lists and suggestions are complete.
   */
  static CommandLine commandLine(Main main, String... args) {
    var cli = new CommandLine(main);
    cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandList());
    String named = commandNamed(args);
    if (named != null && !named.equals("help") && COMMANDS.containsKey(named)) {
      cli.addSubcommand(COMMANDS.get(named));
    } else {
      COMMANDS.values().forEach(cli::addSubcommand);
    }
    return cli;
  }

  /** The first argument that is not one of the root's options, or null. */
  private static String commandNamed(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--home")) {
        i++;
      } else if (!a.startsWith("--home=") && !a.equals("--debug")) {
        return a;
      }
    }
    return null;
  }

  private static Map<String, Class<?>> commands(Object... nameThenClass) {
    var out = new java.util.LinkedHashMap<String, Class<?>>();
    for (int i = 0; i < nameThenClass.length; i += 2) out.put((String) nameThenClass[i], (Class<?>) nameThenClass[i + 1]);
    return java.util.Collections.unmodifiableMap(out);
  }

  private static int failure(Main main, Exception e) {
    if (e instanceof UsageException) {
      main.err.println("factdrill: " + e.getMessage());
      return USAGE;
    }
    if (e instanceof CommandFailure) {
      main.err.println("factdrill: " + e.getMessage());
      return FAILURE;
    }
    // An error we did not foresee: one line for the user, the trace only on request.
    // Its own words, never its class name (a library's class names mean nothing to a user); --debug shows both.
    String what = e.getMessage() == null || e.getMessage().isBlank() ? "an internal fault" : e.getMessage();
    main.err.println("factdrill: unexpected error: " + what + (main.debug ? "" : " (run with --debug for details)"));
    if (main.debug) e.printStackTrace(main.err);
    return FAILURE;
  }
}
