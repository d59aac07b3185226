package org.factdrill.terminal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;

/** Ctrl-C asks before leaving: y (or Ctrl-C, Ctrl-D again) leaves, n or Enter goes back. */
final class LeaveScreen implements Screen {
  private final Flow flow;
  private final Screen back;

  LeaveScreen(Flow flow, Screen back) {
    this.flow = flow;
    this.back = back;
  }

  @Override
  public List<AttributedString> render(QuizView view, Instant now) {
    int given = flow.session.position();
    var screen = new ArrayList<AttributedString>(view.header(flow.session));
    screen.add(AttributedString.EMPTY);
    screen.addAll(view.message("Leave? Your " + given + (given == 1 ? " answer is" : " answers are")
        + " saved; " + flow.goOn + " from here. (y/n)", Styles.PROMPT));
    return screen;
  }

  @Override
  public Screen on(Event event) {
    if (!(event instanceof Event.Press press)) return this;
    return switch (press.key()) {
      case EOF, INTERRUPT -> new Done(QuizEnd.LEFT);
      case ENTER -> back;
      case CHAR -> switch (press.text().toLowerCase(Locale.ROOT)) {
        case "y" -> new Done(QuizEnd.LEFT);
        case "n" -> back;
        default -> this;
      };
      default -> this;
    };
  }
}
