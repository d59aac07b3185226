package org.factdrill.terminal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;

/**
 * A line read with editing and history: the answer to a typed question (short answer, cloze,
 * matching), or a ':' command or typed order begun on a key screen, which is drawn behind it and
 * returned to when the question stays open.
 */
final class LineScreen implements Screen {
  private final Flow flow;
  private final String start;
  /** The key screen this line was begun on; null when the question is answered by typing. */
  private final Screen back;

  LineScreen(Flow flow, String start, Screen back) {
    this.flow = flow;
    this.start = start;
    this.back = back;
  }

  @Override
  public List<AttributedString> render(QuizView view, Instant now) {
    return back != null ? back.render(view, now) : flow.questionScreen(view, now, QuizView.Selection.NONE, "", false);
  }

  @Override
  public Optional<LineRequest> line() {
    return Optional.of(new LineRequest("> ", start));
  }

  @Override
  public Screen on(Event event) {
    Screen stay = back != null ? back : new LineScreen(flow, "", null);
    if (event instanceof Event.Line line) return flow.line(line.text()).orElse(stay);
    if (event instanceof Event.Press press) {
      if (press.key() == Key.INTERRUPT) return new LeaveScreen(flow, stay);
      if (press.key() == Key.EOF) return new Done(QuizEnd.LEFT);
    }
    return this;
  }
}
