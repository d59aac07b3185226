import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Time from launching a command to the first question's answer prompt ("> ") on its output, for
 * the whole process: `java src/bench/FirstQuestion.java RUNS COMMAND...`. Prints each run and the
 * median. The quiz is then left with :quit.
 */
public class FirstQuestion {
  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    List<String> command = Arrays.asList(args).subList(1, args.length);
    var times = new ArrayList<Double>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      InputStream out = p.getInputStream();
      var seen = new StringBuilder();
      int c;
      while ((c = out.read()) >= 0) {
        seen.append((char) c);
        if (seen.length() >= 2 && seen.charAt(seen.length() - 2) == '>' && seen.charAt(seen.length() - 1) == ' ') break;
      }
      double ms = (System.nanoTime() - start) / 1e6;
      if (c < 0) throw new IllegalStateException("no question was shown:\n" + seen);
      try (OutputStream in = p.getOutputStream()) {
        in.write(":quit\n".getBytes(StandardCharsets.UTF_8));
      }
      out.transferTo(OutputStream.nullOutputStream());
      p.waitFor();
      times.add(ms);
      System.out.printf("run %d: %.0f ms%n", i + 1, ms);
    }
    Collections.sort(times);
    double median = times.size() % 2 == 1 ? times.get(times.size() / 2) : (times.get(times.size() / 2 - 1) + times.get(times.size() / 2)) / 2;
    System.out.printf("median %.0f ms, min %.0f ms, max %.0f ms over %d runs%n", median, times.get(0), times.get(times.size() - 1), runs);
  }
}
