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
 * <pre>java src/bench/FirstQuestion.java RUNS [--tty] [--fresh DIR] COMMAND...</pre>
 *
 * Plain mode (the default) waits for the first answer prompt ("> ") on the command's output, then
 * leaves with :quit. With --tty the command runs on a pseudo-terminal (util-linux script), so the
 * JLine screens are used: it waits for "Question 1 of" and leaves with Ctrl-D. --fresh DIR deletes
 * DIR before each run (a first start: for a quiz's --home, nothing validated before). The CPU time
 * (user + system) of each whole run, to its exit, is taken with /usr/bin/time when there is one.
 * Prints each run and the medians.
 */
public class FirstQuestion {
  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    var rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
    boolean tty = rest.remove("--tty");
    Path fresh = null;
    int at = rest.indexOf("--fresh");
    if (at >= 0) {
      fresh = Path.of(rest.get(at + 1));
      rest.subList(at, at + 2).clear();
    }
    Path cpuFile = Files.createTempFile("first-question", ".cpu");
    boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
    var times = new ArrayList<Double>();
    var cpus = new ArrayList<Double>();
    for (int i = 0; i < runs; i++) {
      if (fresh != null) deleteTree(fresh);
      List<String> command = new ArrayList<>();
      if (timed) command.addAll(List.of("/usr/bin/time", "-q", "-f", "%U %S", "-o", cpuFile.toString()));
      if (tty) {
        command.addAll(List.of("script", "-qec", shellWords(rest), "/dev/null"));
      } else {
        command.addAll(rest);
      }
      var builder = new ProcessBuilder(command).redirectErrorStream(true);
      if (tty) builder.environment().putIfAbsent("TERM", "xterm-256color");
      long start = System.nanoTime();
      Process p = builder.start();
      String marker = tty ? "Question 1 of" : "> ";
      boolean seen = waitFor(p.getInputStream(), marker);
      double ms = (System.nanoTime() - start) / 1e6;
      if (!seen) throw new IllegalStateException("no question was shown: " + String.join(" ", rest));
      try (OutputStream in = p.getOutputStream()) {
        in.write((tty ? "\u0004" : ":quit\n").getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // The command already left.
      }
      p.getInputStream().transferTo(OutputStream.nullOutputStream());
      p.waitFor();
      times.add(ms);
      if (timed) {
        String[] us = Files.readString(cpuFile).strip().split("\\s+");
        double cpu = (Double.parseDouble(us[us.length - 2]) + Double.parseDouble(us[us.length - 1])) * 1000;
        cpus.add(cpu);
        System.out.printf("run %d: %.0f ms to the first question, %.0f ms CPU (user+sys, whole run)%n", i + 1, ms, cpu);
      } else {
        System.out.printf("run %d: %.0f ms%n", i + 1, ms);
      }
    }
    Files.deleteIfExists(cpuFile);
    Collections.sort(times);
    System.out.printf("median %.0f ms, min %.0f ms, max %.0f ms over %d runs%s%n", median(times), times.get(0),
        times.get(times.size() - 1), runs, cpus.isEmpty() ? "" : String.format("; CPU median %.0f ms", median(cpus)));
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
