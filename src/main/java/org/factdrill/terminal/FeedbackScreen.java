package org.factdrill.terminal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factdrill.quiz.Response;
import org.jline.utils.AttributedString;

/**
 * Right or wrong, the answer and its source sentence; in study, the rating and keys 1–4 to change
 * it. Enter (or most keys) goes on; q or Ctrl-D leaves; Ctrl-C asks.
 */
final class FeedbackScreen implements Screen {
  private final Flow flow;
  private final Response response;
  private final List<AttributedString> notes = new ArrayList<>();

  FeedbackScreen(Flow flow, Response response) {
    this.flow = flow;
    this.response = response;
  }

  @Override
  public List<AttributedString> render(QuizView view, Instant now) {
    var screen = new ArrayList<AttributedString>(view.header(flow.session, response.position() + 1));
    screen.add(AttributedString.EMPTY);
    screen.addAll(view.message(response.item().question().prompt(), Styles.PROMPT));
    screen.add(AttributedString.EMPTY);
    screen.addAll(view.feedback(response));
    flow.rater.ifPresent(r -> {
      screen.add(AttributedString.EMPTY);
      screen.addAll(view.message(r.describe(false), Styles.HEADER));
    });
    screen.addAll(notes);
    screen.add(AttributedString.EMPTY);
    screen.addAll(view.message(flow.session.finished() ? "Enter: see your results" : "Enter: next question · q or Ctrl-D: leave",
        Styles.HELP));
    return screen;
  }

  @Override
  public Screen on(Event event) {
    if (!(event instanceof Event.Press press)) return this;
    switch (press.key()) {
      case ENTER, SPACE -> {
        return flow.next();
      }
      case EOF -> {
        return new Done(QuizEnd.LEFT);
      }
      case INTERRUPT -> {
        return new LeaveScreen(flow, this);
      }
      case CHAR -> {
        String c = press.text();
        if (c.equalsIgnoreCase("q")) return new Done(QuizEnd.LEFT);
        if (flow.rater.isPresent() && c.length() == 1 && c.charAt(0) >= '1' && c.charAt(0) <= '4') {
          notes.clear();
          notes.addAll(flow.view().message(flow.rater.get().change(c.charAt(0) - '0'), Styles.HINT));
          return this;
        }
        if (c.equals("?") || c.equals(":")) {
          notes.clear();
          notes.addAll(flow.view().message("Enter: next question · q or Ctrl-D: leave (answers are saved; " + flow.goOn + ")"
              + (flow.rater.isPresent() ? " · 1–4: change the rating" : ""), Styles.HELP));
          return this;
        }
        return flow.next();
      }
      default -> {
        return this;
      }
    }
  }
}
