package org.factdrill.terminal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jline.utils.AttributedString;

/** Ordering: Space picks an item up and ↑/↓ carry it; Enter answers; a digit starts a typed order ("2 1 3"). */
final class OrderScreen implements Screen {
  private final Flow flow;
  private final List<String> order;
  private int cursor;
  private int grabbed = -1;

  OrderScreen(Flow flow) {
    this.flow = flow;
    this.order = new ArrayList<>(flow.session.current().shown());
  }

  @Override
  public List<AttributedString> render(QuizView view, Instant now) {
    return flow.questionScreen(view, now, new QuizView.Selection(cursor, Set.of(), order, grabbed), "");
  }

  @Override
  public boolean ticks() {
    return flow.timed();
  }

  @Override
  public Screen on(Event event) {
    if (event instanceof Event.Tick) return flow.tick().orElse(this);
    if (!(event instanceof Event.Press press)) return this;
    switch (press.key()) {
      case UP, DOWN -> {
        int to = Math.floorMod(cursor + (press.key() == Key.UP ? -1 : 1), order.size());
        if (grabbed >= 0) {
          order.add(to, order.remove(cursor));
          grabbed = to;
        }
        cursor = to;
      }
      case SPACE -> grabbed = grabbed == cursor ? -1 : cursor;
      case ENTER -> {
        var typed = new ArrayList<String>();
        for (String item : order) typed.add(String.valueOf(flow.session.current().shown().indexOf(item) + 1));
        return flow.give(String.join(" ", typed)).orElse(this);
      }
      case INTERRUPT -> {
        return new LeaveScreen(flow, this);
      }
      case EOF -> {
        return new Done(QuizEnd.LEFT);
      }
      case CHAR -> {
        String c = press.text();
        if (c.equals("?")) return flow.line("?").orElse(this);
        if (c.equals(":") || Character.isDigit(c.charAt(0))) return new LineScreen(flow, c, this);
        flow.note("Type the order (e.g. \"2 1 3\"), or Space to pick an item up and ↑/↓ to move it; Enter answers.", Styles.ERROR);
      }
      default -> { }
    }
    return this;
  }
}
