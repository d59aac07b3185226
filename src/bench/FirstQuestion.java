import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Time from launching a command to its first question on screen, for the whole process:
 *
 * <pre>java src/bench/FirstQuestion.java RUNS [--tty] [--fresh DIR] COMMAND... [--- [--tty] [--fresh DIR] COMMAND...]</pre>
 *
 * Plain mode (the default) waits for the first answer prompt ("> ") on the command's output, then
 * leaves with :quit. With --tty the command runs on a pseudo-terminal (util-linux script), so the
 * JLine screens are used: it waits for "Question 1 of" and leaves with Ctrl-D. --fresh DIR deletes
 * DIR before each run (a first start: for a quiz's --home, nothing validated before). The CPU time
 * (user + system) of each whole run, to its exit, is taken with /usr/bin/time when there is one.
 * Several commands, separated by ---, are run in turn, run by run, so that a load that comes and
 * goes on the machine weighs on each alike (to compare two builds). Prints each run and the medians.
 */
public class FirstQuestion {
  record Case(List<String> command, boolean tty, Path fresh, List<Double> times, List<Double> cpus) {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    var cases = new ArrayList<Case>();
    var words = new ArrayList<String>();
    for (String a : Arrays.asList(args).subList(1, args.length)) {
      if (a.equals("---")) {
        cases.add(parse(words));
        words.clear();
      } else {
        words.add(a);
      }
    }
    cases.add(parse(words));
    Path cpuFile = Files.createTempFile("first-question", ".cpu");
    boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
    for (int i = 0; i < runs; i++) {
      for (int k = 0; k < cases.size(); k++) {
        Case c = cases.get(k);
        run(c, timed, cpuFile);
        int last = c.times().size() - 1;
        System.out.printf("run %d%s: %.0f ms to the first question%s%n", i + 1, cases.size() > 1 ? " of command " + (k + 1) : "",
            c.times().get(last), c.cpus().isEmpty() ? "" : String.format(", %.0f ms CPU (user+sys, whole run)", c.cpus().get(last)));
      }
    }
    Files.deleteIfExists(cpuFile);
    for (int k = 0; k < cases.size(); k++) {
      Case c = cases.get(k);
      var times = new ArrayList<>(c.times());
      Collections.sort(times);
      if (cases.size() > 1) System.out.println("command " + (k + 1) + ": " + String.join(" ", c.command()));
      System.out.printf("median %.0f ms, min %.0f ms, max %.0f ms over %d runs%s%n", median(times), times.get(0),
          times.get(times.size() - 1), runs, c.cpus().isEmpty() ? "" : String.format("; CPU median %.0f ms", median(c.cpus())));
    }
  }

  private static Case parse(List<String> words) {
    var rest = new ArrayList<>(words);
    boolean tty = rest.remove("--tty");
    Path fresh = null;
    int at = rest.indexOf("--fresh");
    if (at >= 0) {
      fresh = Path.of(rest.get(at + 1));
      rest.subList(at, at + 2).clear();
    }
    return new Case(List.copyOf(rest), tty, fresh, new ArrayList<>(), new ArrayList<>());
  }

  private static void run(Case c, boolean timed, Path cpuFile) throws Exception {
    if (c.fresh() != null) deleteTree(c.fresh());
    List<String> command = new ArrayList<>();
    if (timed) command.addAll(List.of("/usr/bin/time", "-q", "-f", "%U %S", "-o", cpuFile.toString()));
    if (c.tty()) {
      command.addAll(List.of("script", "-qec", shellWords(c.command()), "/dev/null"));
    } else {
      command.addAll(c.command());
    }
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (c.tty()) builder.environment().putIfAbsent("TERM", "xterm-256color");
    long start = System.nanoTime();
    Process p = builder.start();
    boolean seen = waitFor(p.getInputStream(), c.tty() ? "Question 1 of" : "> ");
    double ms = (System.nanoTime() - start) / 1e6;
    if (!seen) throw new IllegalStateException("no question was shown: " + String.join(" ", c.command()));
    try (OutputStream in = p.getOutputStream()) {
      in.write((c.tty() ? "\u0004" : ":quit\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The command already left.
    }
    p.getInputStream().transferTo(OutputStream.nullOutputStream());
    p.waitFor();
    c.times().add(ms);
    if (timed) {
      String[] us = Files.readString(cpuFile).strip().split("\\s+");
      c.cpus().add((Double.parseDouble(us[us.length - 2]) + Double.parseDouble(us[us.length - 1])) * 1000);
    }
  }

  private static boolean waitFor(InputStream out, String marker) throws IOException {
    var seen = new StringBuilder();
    int c;
    while ((c = out.read()) >= 0) {
      seen.append((char) c);
      int from = seen.length() - marker.length();
      if (from >= 0 && seen.indexOf(marker, from) == from) return true;
    }
    return false;
  }

  private static double median(List<Double> values) {
    var v = new ArrayList<>(values);
    Collections.sort(v);
    return v.size() % 2 == 1 ? v.get(v.size() / 2) : (v.get(v.size() / 2 - 1) + v.get(v.size() / 2)) / 2;
  }

  private static String shellWords(List<String> words) {
    var out = new StringBuilder();
    for (String w : words) out.append(out.length() == 0 ? "" : " ").append("'").append(w.replace("'", "'\\''")).append("'");
    return out.toString();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
