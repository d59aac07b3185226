package org.factdrill.classroom;

/**
 * How a class quiz is taken: whether each student sees the options in their own order, the time
 * allowed per question (0 = no limit), when the right answers are shown, and whether a student may
 * take the quiz again.
 */
public record ClassSettings(boolean shuffleOptions, int timeLimitSeconds, Feedback feedback, boolean retakes) {

  /** When a student learns the right answers. */
  public enum Feedback {
    /** Right or wrong, the answer and its source after every question. */
    AFTER_EACH("after_each"),
    /** Nothing during the quiz; every answer with its correction once the quiz is handed in. */
    AT_END("at_end");

    private final String wireName;

    Feedback(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }

    public static java.util.Optional<Feedback> fromWireName(String name) {
      for (Feedback f : values()) if (f.wireName.equals(name)) return java.util.Optional.of(f);
      return java.util.Optional.empty();
    }
  }

  /** A day is far beyond any question; a larger limit is a typo (seconds taken for milliseconds). */
  public static final int MAX_TIME_LIMIT_SECONDS = 24 * 60 * 60;

  public ClassSettings {
    if (timeLimitSeconds < 0 || timeLimitSeconds > MAX_TIME_LIMIT_SECONDS) {
      throw new IllegalArgumentException(
          "timeLimitSeconds must be between 0 (no limit) and " + MAX_TIME_LIMIT_SECONDS + ", was " + timeLimitSeconds);
    }
    java.util.Objects.requireNonNull(feedback, "feedback");
  }

  /** The usual exam setting: own option order, no time limit, answers shown at the end, one attempt. */
  public static ClassSettings defaults() {
    return new ClassSettings(true, 0, Feedback.AT_END, false);
  }

  public boolean hasTimeLimit() {
    return timeLimitSeconds > 0;
  }
}
