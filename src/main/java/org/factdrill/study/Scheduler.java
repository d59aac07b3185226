package org.factdrill.study;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * FSRS-6: a pure function of (card, rating, time) returning the reviewed card. Time and the fuzz's
 * randomness are arguments; nothing here reads a clock.
 *
 * <p>It follows ts-fsrs 5.x step for step (its "basic" scheduler with short-term steps), including
 * where ts-fsrs rounds to 8 decimals and how it counts days (whole UTC calendar days between
 * reviews), because reference vectors made with ts-fsrs must match: stability and difficulty to
 * 1e-6, due instants exactly. Formulas: ../shared/FSRS.md.
 */
public final class Scheduler {
  private static final double S_MIN = 0.001;
  private static final double S_MAX = 36500;
  private static final long MINUTE_MS = 60_000L;
  private static final long DAY_MS = 86_400_000L;

  private final FsrsParameters parameters;
  private final double[] w;
  private final double decay;
  private final double factor;
  private final double intervalModifier;

  public Scheduler(FsrsParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.w = parameters.w();
    this.decay = -w[20];
    this.factor = roundTo8(Math.exp(Math.pow(decay, -1) * Math.log(0.9)) - 1);
    this.intervalModifier = roundTo8((Math.pow(parameters.desiredRetention(), 1 / decay) - 1) / factor);
  }

  public FsrsParameters parameters() {
    return parameters;
  }

  /**
   * Reviews {@code card} with {@code rating} at {@code now}. {@code fuzz} is drawn from only when
   * the parameters turn fuzz on and the interval is 3 days or more.
   *
   * @throws ClockWentBack when {@code now} is before the card's last review
   */
  public Review review(Card card, Rating rating, Instant now, RandomGenerator fuzz) {
    Objects.requireNonNull(rating, "rating");
    int elapsed = 0;
    if (card.state() != CardState.NEW && card.lastReview().isPresent()) {
      Instant last = card.lastReview().get();
      if (now.isBefore(last)) throw new ClockWentBack(now, last);
      elapsed = calendarDays(last, now);
    }
    // The card as it stands at this review (ts-fsrs's "current"): one more rep, reviewed now.
    Card current = new Card(card.state(), card.due(), card.stability(), card.difficulty(), elapsed, card.scheduledDays(),
        card.reps() + 1, card.lapses(), card.learningStep(), Optional.of(now));
    Card after = switch (card.state()) {
      case NEW -> stepped(current, rating, now, elapsed, CardState.LEARNING, memory(current, elapsed, rating, null), fuzz);
      case LEARNING, RELEARNING -> stepped(current, rating, now, elapsed, card.state(), memory(current, elapsed, rating, null), fuzz);
      case REVIEW -> reviewed(current, rating, now, elapsed, fuzz);
    };
    return new Review(card, after, rating, now);
  }

  /** The probability of recalling the card at {@code now} (0 for a new card). */
  public double retrievability(Card card, Instant now) {
    if (card.isNew() || card.lastReview().isEmpty()) return 0;
    long ms = now.toEpochMilli() - card.lastReview().get().toEpochMilli();
    long days = Math.max(0, Math.floorDiv(ms, DAY_MS));
    return forgettingCurve(days, card.stability());
  }

  // ---- ts-fsrs's schedulers -------------------------------------------------------------------

  private record Memory(double difficulty, double stability) {}

  private Card reviewed(Card current, Rating rating, Instant now, int elapsed, RandomGenerator fuzz) {
    double r = forgettingCurve(elapsed, current.stability());
    if (rating == Rating.AGAIN) {
      Card again = stepped(current, rating, now, elapsed, CardState.RELEARNING, memory(current, elapsed, Rating.AGAIN, r), fuzz);
      return with(again, again.state(), again.due(), again.scheduledDays(), again.learningStep(), again.lapses() + 1);
    }
    // Hard, Good and Easy are computed together: each interval is kept apart from the next.
    Memory hard = memory(current, elapsed, Rating.HARD, r);
    Memory good = memory(current, elapsed, Rating.GOOD, r);
    Memory easy = memory(current, elapsed, Rating.EASY, r);
    int hardIvl = nextInterval(hard.stability(), elapsed, fuzz);
    int goodIvl = nextInterval(good.stability(), elapsed, fuzz);
    hardIvl = Math.min(hardIvl, goodIvl);
    goodIvl = Math.max(goodIvl, hardIvl + 1);
    int easyIvl = Math.max(nextInterval(easy.stability(), elapsed, fuzz), goodIvl + 1);
    Memory m = switch (rating) {
      case HARD -> hard;
      case GOOD -> good;
      default -> easy;
    };
    int ivl = switch (rating) {
      case HARD -> hardIvl;
      case GOOD -> goodIvl;
      default -> easyIvl;
    };
    Card next = withMemory(current, m);
    return with(next, CardState.REVIEW, now.plusMillis(ivl * DAY_MS), ivl, 0, next.lapses());
  }

  /** New, learning and relearning cards: a short-term step if one applies, else graduate to review. */
  private Card stepped(Card current, Rating rating, Instant now, int elapsed, CardState toState, Memory m, RandomGenerator fuzz) {
    Card next = withMemory(current, m);
    Step step = step(current.state(), current.learningStep(), rating);
    if (step.minutes() > 0 && step.minutes() < 1440) {
      return with(next, toState, now.plusMillis(step.minutes() * MINUTE_MS), 0, step.next(), next.lapses());
    }
    if (step.minutes() >= 1440) {
      return with(next, CardState.REVIEW, now.plusMillis(step.minutes() * MINUTE_MS), step.minutes() / 1440, step.next(), next.lapses());
    }
    int ivl = nextInterval(next.stability(), elapsed, fuzz);
    return with(next, CardState.REVIEW, now.plusMillis(ivl * DAY_MS), ivl, 0, next.lapses());
  }

  private record Step(int minutes, int next) {}

  /** ts-fsrs's BasicLearningStepsStrategy: minutes 0 means "no step: graduate". */
  private Step step(CardState state, int current, Rating rating) {
    List<Integer> steps = state == CardState.RELEARNING || state == CardState.REVIEW
        ? parameters.relearningStepsMinutes() : parameters.learningStepsMinutes();
    if (steps.isEmpty() || current >= steps.size()) return new Step(0, 0);
    int first = steps.get(0);
    if (state == CardState.REVIEW) {
      return rating == Rating.AGAIN ? new Step(steps.get(Math.max(0, current)), 0) : new Step(0, 0);
    }
    return switch (rating) {
      case AGAIN -> new Step(first, 0);
      case HARD -> new Step(steps.size() == 1 ? (int) Math.round(first * 1.5) : (int) Math.round((first + steps.get(1)) / 2.0), current);
      case GOOD -> current + 1 < steps.size() ? new Step(steps.get(current + 1), current + 1) : new Step(0, 0);
      case EASY -> new Step(0, 0);
    };
  }

  private static Card withMemory(Card c, Memory m) {
    return new Card(c.state(), c.due(), m.stability(), m.difficulty(), c.elapsedDays(), c.scheduledDays(), c.reps(), c.lapses(),
        c.learningStep(), c.lastReview());
  }

  private static Card with(Card c, CardState state, Instant due, int scheduledDays, int learningStep, int lapses) {
    return new Card(state, due, c.stability(), c.difficulty(), c.elapsedDays(), scheduledDays, c.reps(), lapses, learningStep,
        c.lastReview());
  }

  // ---- the FSRS-6 formulas, rounded where ts-fsrs rounds ------------------------------------------

  private Memory memory(Card c, int t, Rating g, Double retrievability) {
    double d = c.difficulty();
    double s = c.stability();
    if (d == 0 && s == 0) return new Memory(clamp(initDifficulty(g.grade()), 1, 10), initStability(g.grade()));
    double r = retrievability != null ? retrievability : forgettingCurve(t, s);
    double newS;
    if (t == 0) {
      newS = shortTermStability(s, g.grade());
    } else if (g == Rating.AGAIN) {
      double afterFail = forgetStability(d, s, r);
      double floor = s / Math.exp(w[17] * w[18]);
      newS = clamp(roundTo8(floor), S_MIN, afterFail);
    } else {
      newS = recallStability(d, s, r, g.grade());
    }
    return new Memory(nextDifficulty(d, g.grade()), newS);
  }

  double forgettingCurve(double elapsedDays, double stability) {
    return roundTo8(Math.pow(1 + factor * elapsedDays / stability, decay));
  }

  private double initStability(int g) {
    return Math.max(w[g - 1], 0.1);
  }

  private double initDifficulty(int g) {
    return roundTo8(w[4] - Math.exp((g - 1) * w[5]) + 1);
  }

  private double nextDifficulty(double d, int g) {
    double delta = -w[6] * (g - 3);
    double next = d + roundTo8(delta * (10 - d) / 9);
    return clamp(roundTo8(w[7] * initDifficulty(4) + (1 - w[7]) * next), 1, 10);
  }

  private double recallStability(double d, double s, double r, int g) {
    double hardPenalty = g == 2 ? w[15] : 1;
    double easyBonus = g == 4 ? w[16] : 1;
    return roundTo8(clamp(
        s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus),
        S_MIN, S_MAX));
  }

  private double forgetStability(double d, double s, double r) {
    return roundTo8(clamp(w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]), S_MIN, S_MAX));
  }

  private double shortTermStability(double s, int g) {
    double sinc = Math.pow(s, -w[19]) * Math.exp(w[17] * (g - 3 + w[18]));
    double masked = g >= 2 ? Math.max(sinc, 1) : sinc;
    return roundTo8(clamp(s * masked, S_MIN, S_MAX));
  }

  private int nextInterval(double stability, int elapsed, RandomGenerator random) {
    int ivl = (int) Math.min(Math.max(1, Math.round(stability * intervalModifier)), parameters.maximumInterval());
    return fuzzed(ivl, elapsed, random);
  }

  /** ts-fsrs's fuzz ranges: ±15% from 2.5 to 7 days, ±10% to 20, ±5% beyond; never below 2 days. */
  private int fuzzed(int ivl, int elapsed, RandomGenerator random) {
    if (!parameters.fuzz() || ivl < 2.5) return ivl;
    double delta = 1;
    delta += 0.15 * Math.max(Math.min(ivl, 7) - 2.5, 0);
    delta += 0.10 * Math.max(Math.min(ivl, 20) - 7, 0);
    delta += 0.05 * Math.max(ivl - 20.0, 0);
    double interval = Math.min(ivl, parameters.maximumInterval());
    long min = Math.max(2, Math.round(interval - delta));
    long max = Math.min(Math.round(interval + delta), parameters.maximumInterval());
    if (interval > elapsed) min = Math.max(min, elapsed + 1);
    min = Math.min(min, max);
    return (int) Math.floor(random.nextDouble() * (max - min + 1) + min);
  }

  /** Whole UTC calendar days from one instant to another, as ts-fsrs counts elapsed days. */
  static int calendarDays(Instant from, Instant to) {
    LocalDate a = LocalDate.ofInstant(from, ZoneOffset.UTC);
    LocalDate b = LocalDate.ofInstant(to, ZoneOffset.UTC);
    return (int) ChronoUnit.DAYS.between(a, b);
  }

  private static double roundTo8(double x) {
    return Math.round(x * 1e8) / 1e8;
  }

  private static double clamp(double x, double min, double max) {
    return Math.min(Math.max(x, min), max);
  }
}
