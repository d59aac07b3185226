package org.factdrill.terminal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;

/**
 * A line reader's prompt asked for anew every second and redrawn while a line is edited, so a
 * countdown in it runs as the student types. Stop it with {@link ScheduledExecutorService#shutdownNow()}.
 */
public final class TickingPrompt {
  private TickingPrompt() {}

  public static ScheduledExecutorService start(LineReader reader, Supplier<String> prompt) {
    ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(task -> {
      var t = new Thread(task, "countdown");
      t.setDaemon(true);
      return t;
    });
    ticks.scheduleAtFixedRate(() -> {
      try {
        if (!reader.isReading()) return;
        ((LineReaderImpl) reader).setPrompt(prompt.get());
        reader.callWidget(LineReader.REDRAW_LINE);
        reader.callWidget(LineReader.REDISPLAY);
      } catch (RuntimeException e) {
        // the line ended between the check and the redraw: the next tick finds nothing to do
      }
    }, 1, 1, TimeUnit.SECONDS);
    return ticks;
  }
}
