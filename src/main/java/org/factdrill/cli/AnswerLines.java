package org.factdrill.cli;

import java.io.BufferedReader;
import java.io.IOError;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.factdrill.terminal.TickingPrompt;

/**
 * Where a class quiz reads a student's lines. The prompt is asked for anew when a line begins
 * (and, on a terminal, every second while it is typed), so a timed question's prompt can say the
 * time left as it runs down.
 */
interface AnswerLines extends AutoCloseable {
  /** A line, or null when the input ended (or the student pressed Ctrl-C or Ctrl-D: the answers so far are kept). */
  String read(Supplier<String> prompt);

  @Override
  default void close() {}

  /** Lines from a stream, the prompt printed once at the start of each (a pipe, a script, --plain, TERM=dumb). */
  static AnswerLines plain(BufferedReader in, PrintStream out) {
    return prompt -> {
      out.print(prompt.get());
      out.flush();
      try {
        return in.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** Lines edited on the terminal, the prompt redrawn every second, so a countdown in it runs while the student types. */
  static AnswerLines terminal() throws IOException {
    Terminal terminal = TerminalBuilder.builder().system(true).build();
    LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
    return new AnswerLines() {
      private volatile Supplier<String> current = () -> "";
      private final ScheduledExecutorService ticks = TickingPrompt.start(reader, () -> current.get());

      @Override
      public String read(Supplier<String> prompt) {
        current = prompt;
        try {
          return reader.readLine(prompt.get());
        } catch (UserInterruptException | EndOfFileException | IOError e) {
          return null;
        }
      }

      @Override
      public void close() {
        ticks.shutdownNow();
        try {
          terminal.close();
        } catch (IOException e) {
          // nothing is left to say on a terminal that will not close
        }
      }
    };
  }
}
