package org.factdrill.terminal;

import org.jline.utils.AttributedStyle;

/**
 * Every style the screens use, named by what it means, in one place. Plain mode drops them all
 * (its text says the same in words), so no meaning rests on colour alone.
 */
public final class Styles {
  private Styles() {}

  public static final AttributedStyle PLAIN = AttributedStyle.DEFAULT;
  public static final AttributedStyle TITLE = AttributedStyle.BOLD;
  public static final AttributedStyle HEADER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
  public static final AttributedStyle PROGRESS_DONE = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
  public static final AttributedStyle PROGRESS_LEFT = AttributedStyle.DEFAULT.faint();
  public static final AttributedStyle PROMPT = AttributedStyle.BOLD;
  public static final AttributedStyle OPTION_KEY = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
  public static final AttributedStyle SELECTED = AttributedStyle.DEFAULT.inverse();
  public static final AttributedStyle REMOVED = AttributedStyle.DEFAULT.faint().crossedOut();
  public static final AttributedStyle CORRECT = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
  public static final AttributedStyle ALMOST = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
  public static final AttributedStyle WRONG = AttributedStyle.BOLD.foreground(AttributedStyle.RED);
  public static final AttributedStyle SKIPPED = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
  public static final AttributedStyle ANSWER = AttributedStyle.BOLD;
  public static final AttributedStyle HINT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE).bold();
  public static final AttributedStyle SOURCE = AttributedStyle.DEFAULT.italic();
  public static final AttributedStyle SOURCE_ANSWER = AttributedStyle.DEFAULT.italic().bold().underline().foreground(AttributedStyle.GREEN);
  public static final AttributedStyle HELP = AttributedStyle.DEFAULT.faint();
  public static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);
  public static final AttributedStyle CHART = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
}
