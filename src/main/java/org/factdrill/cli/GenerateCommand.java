package org.factdrill.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.factdrill.article.ArticleException;
import org.factdrill.article.ArticleFile;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.QuestionBank;
import org.factdrill.facts.Lexicon;
import org.factdrill.nlp.ModelsUnavailableException;
import org.factdrill.nlp.Pipeline;
import org.factdrill.questions.BankMaker;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Question;
import org.factdrill.questions.QuestionType;
import org.factdrill.questions.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code factdrill generate}: one question bank per article, written whole or not at all. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Generates a question bank from each article (text, a saved web page, or a PDF with a text layer; told by content).",
        "A folder means every .txt/.html/.pdf article in it. Each bank is written as DIR/<bank-id>.json.",
        "Articles over 1 MB (text), 10 MB (HTML) or 50 MB (PDF) are refused."})
public final class GenerateCommand implements Runnable {

  /** With more articles than this, a progress bar shows on a terminal. */
  static final int PROGRESS_THRESHOLD = 20;

  @ParentCommand Main main;

  @Parameters(paramLabel = "ARTICLE_OR_DIR", arity = "1..*", description = "Article files or folders of articles.")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Where banks are written. Default: your bank library (<home>/banks), which quiz, show and export read when no bank is named.")
  Path output;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for choice order and true/false statements (default: ${DEFAULT-VALUE}).")
  long seed = BankMaker.DEFAULT_SEED;

  /** One article's outcome, printed in input order. */
  private record Outcome(Path article, QuestionBank bank, List<String> warnings, String error) {}

  @Override
  public void run() {
    prepare();
    List<Path> articles = articles();
    // A user's banks belong to the user, not to whatever folder (a checkout) the command runs in.
    boolean toLibrary = output == null;
    if (toLibrary) output = BankSources.library(main.homeDir());
    prepareOutput();
    PrintStream out = main.out;
    PrintStream err = main.err;
    int failures = 0;
    Set<String> usedIds = new HashSet<>();
    boolean progress = articles.size() > PROGRESS_THRESHOLD && stderrIsTerminal() && !"dumb".equals(main.env.get("TERM"));
    int threads = articles.size() > 1 ? Math.min(4, Runtime.getRuntime().availableProcessors()) : 1;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "generate");
      t.setDaemon(true);
      return t;
    });
    try (ProgressBar bar = progress ? new ProgressBarBuilder().setTaskName("generate").setInitialMax(articles.size())
        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err)).build() : null) {
      var futures = new ArrayList<Future<Outcome>>();
      for (Path a : articles) futures.add(pool.submit(() -> generate(a)));
      for (Future<Outcome> f : futures) {
        Outcome o = join(f);
        for (String w : o.warnings()) err.println("factdrill: warning: " + w);
        String error = o.error() != null ? o.error() : write(o, usedIds, out);
        if (error != null) {
          if (articles.size() == 1) throw new CommandFailure(error); // one article: its cause is the one line
          err.println("factdrill: " + error);
          failures++;
        }
        if (bar != null) bar.step();
      }
    } finally {
      pool.shutdownNow();
    }
    int written = articles.size() - failures;
    if (toLibrary && written > 0) {
      out.println((written == 1 ? "The bank is" : "The banks are") + " in your bank library, " + output
          + "; quiz, study, show and export use it when no bank is named: factdrill quiz");
    }
    if (failures == articles.size()) throw new CommandFailure("all " + failures + " articles failed; no bank was written");
    if (failures > 0) throw new CommandFailure(failures + " of " + articles.size() + " articles failed; the others' banks were written");
  }

  /**
   * Starts, on threads of their own, the work every run needs before its first bank is written:
   * loading the language models (seconds), the typed lists, and setting up the JSON writer, so that
   * they overlap the command's own start (arguments, files, clean-up).
   */
  private void prepare() {
    if (!modelsOnClassPath()) {
      throw new CommandFailure("the language models are not on the class path: run generate through the ./factdrill launcher, "
          + "which fetches Stanford CoreNLP and its models once");
    }
    Pipeline.preload();
    Thread t = new Thread(() -> {
      try {
        Lexicon.get();
        BankCodec.write(WARM_UP);
      } catch (RuntimeException e) {
        // only a head start: the real use meets and reports any problem
      }
    }, "factdrill-prepare");
    t.setDaemon(true);
    t.start();
    // Loading takes seconds: say so, unless it is done before anyone would wonder.
    Thread notice = new Thread(() -> {
      try {
        Thread.sleep(700);
      } catch (InterruptedException e) {
        return;
      }
      if (!Pipeline.isLoaded()) main.err.println("factdrill: loading the language models (Stanford CoreNLP, about 20-40 s)...");
    }, "factdrill-notice");
    notice.setDaemon(true);
    notice.start();
  }

  /** Whether CoreNLP's classes and its English models can be found (they are not inside factdrill's jar). */
  static boolean modelsOnClassPath() {
    ClassLoader loader = GenerateCommand.class.getClassLoader();
    return loader.getResource("edu/stanford/nlp/pipeline/StanfordCoreNLP.class") != null
        && loader.getResource("edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger") != null;
  }

  /** A bank of one question, written once ahead of the real ones to set up the JSON writer. */
  private static final QuestionBank WARM_UP = new QuestionBank("warm-up", "Warm-up", new QuestionBank.ArticleRef("warm-up.txt",
      "0".repeat(64), List.of("Ban met Lavrov.")), List.of(new MultipleChoice("q-00000000", "Who met Lavrov?", "Ban",
      List.of("Ban", "Putin", "Obama"), List.of(), "person", new Source(0, "Ban met Lavrov."))));

  /** Whether standard error is a terminal: Linux tells through /proc; elsewhere, a console means one. */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  private Outcome generate(Path article) {
    try {
      ArticleFile.Loaded loaded = ArticleFile.load(article);
      QuestionBank bank = BankMaker.make(loaded.text(), article.toString().replace('\\', '/'), loaded.sha256(), seed);
      var warnings = new ArrayList<>(loaded.warnings());
      // most often the facts are there but none on the headline's topic stands alone as a question (README: "Which
      // questions a bank keeps"), so the warning says what was looked for, not that the article has nothing
      if (bank.questions().isEmpty()) {
        warnings.add(article + ": no question made: no fact on the headline's topic stands alone as a question; the bank is empty");
      }
      return new Outcome(article, bank, warnings, null);
    } catch (ArticleException e) {
      return new Outcome(article, null, List.of(), e.getMessage());
    } catch (ModelsUnavailableException e) {
      return new Outcome(article, null, List.of(), e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // one article the analysis chokes on fails alone; the run goes on with the others
      return new Outcome(article, null, List.of(), article + ": cannot make questions (" + e + ")");
    }
  }

  private static Outcome join(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailure("interrupted");
    } catch (java.util.concurrent.ExecutionException e) {
      throw new CommandFailure("unexpected error: " + e.getCause());
    }
  }

  /** Writes the bank beside its final name and moves it into place, so no half-written bank is ever seen. */
  private String write(Outcome o, Set<String> usedIds, PrintStream out) {
    QuestionBank bank = o.bank();
    String id = bank.id();
    if (!usedIds.add(id)) {
      id = id + "-" + bank.article().sha256().substring(0, 6);
      usedIds.add(id);
      bank = new QuestionBank(id, bank.title(), bank.article(), bank.questions());
    }
    Path target = output.resolve(id + ".json");
    Path temp = null;
    try {
      // a hidden name beside the target (same file system, so the move is atomic), created with the
      // user's usual permissions, unlike createTempFile's owner-only ones
      temp = output.resolve("." + id + ".json." + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId() + ".tmp");
      Files.writeString(temp, BankCodec.write(bank), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (AccessDeniedException e) {
      return target + ": cannot write (permission denied)";
    } catch (IOException e) {
      return target + ": cannot write (" + e.getMessage() + ")";
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temp file is hidden and named as ours; nothing more can be done about it here
        }
      }
    }
    out.println(o.article() + " -> " + target + ": " + summary(bank.questions()));
    return null;
  }

  static String summary(List<Question> questions) {
    Map<QuestionType, Integer> byType = new EnumMap<>(QuestionType.class);
    for (Question q : questions) byType.merge(q.type(), 1, Integer::sum);
    var parts = new ArrayList<String>();
    for (var e : byType.entrySet()) parts.add(e.getValue() + " " + e.getKey().wireName());
    return questions.size() + (questions.size() == 1 ? " question" : " questions") + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
  }

  private List<Path> articles() {
    var out = new ArrayList<Path>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          List<Path> found = walk.filter(f -> Files.isRegularFile(f) && ArticleFile.isArticle(f)).sorted().toList();
          if (found.isEmpty()) throw new CommandFailure(p + ": no articles (*.txt, *.html, *.pdf) in this folder");
          out.addAll(found);
        } catch (IOException | java.io.UncheckedIOException e) {
          throw new CommandFailure(p + ": cannot list the folder (" + e.getMessage() + ")");
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private void prepareOutput() {
    try {
      if (Files.exists(output) && !Files.isDirectory(output)) throw new CommandFailure(output + ": not a folder");
      Files.createDirectories(output);
      // a name of our own, not createTempFile's: its random name costs a secure random source at start
      Path probe = output.resolve(".factdrill-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".probe");
      Files.createFile(probe);
      Files.delete(probe);
    } catch (AccessDeniedException e) {
      throw new CommandFailure(output + ": cannot write to this folder (permission denied)");
    } catch (FileAlreadyExistsException e) {
      throw new CommandFailure(output + ": not a folder");
    } catch (NoSuchFileException e) {
      throw new CommandFailure(output + ": cannot create this folder");
    } catch (IOException e) {
      throw new CommandFailure(output + ": cannot write to this folder (" + e.getMessage() + ")");
    }
  }
}
