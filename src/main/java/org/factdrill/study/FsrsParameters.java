package org.factdrill.study;

import java.util.List;

/**
 * The scheduler's settings: FSRS-6's 21 weights, the retention to aim for, the longest interval,
 * the short-term steps (in minutes) and whether intervals are fuzzed.
 *
 * <p>The default weights are FSRS-6's published defaults (the srs-benchmark median, which ts-fsrs
 * 5.x also ships), so the reference vectors made with ts-fsrs need no parameters of their own.
 */
public record FsrsParameters(List<Double> weights, double desiredRetention, int maximumInterval,
    List<Integer> learningStepsMinutes, List<Integer> relearningStepsMinutes, boolean fuzz) {

  public static final List<Double> DEFAULT_WEIGHTS = List.of(
      0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
      1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);
  public static final double DEFAULT_RETENTION = 0.9;
  public static final int DEFAULT_MAXIMUM_INTERVAL = 36500;

  public FsrsParameters {
    weights = List.copyOf(weights);
    learningStepsMinutes = List.copyOf(learningStepsMinutes);
    relearningStepsMinutes = List.copyOf(relearningStepsMinutes);
    if (weights.size() != 21) throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.size());
    for (double w : weights) if (!Double.isFinite(w)) throw new IllegalArgumentException("weights must be finite: " + weights);
    if (!(desiredRetention > 0 && desiredRetention < 1)) {
      throw new IllegalArgumentException("desired retention must be between 0 and 1 (exclusive), was " + desiredRetention);
    }
    if (maximumInterval < 1) throw new IllegalArgumentException("maximum interval must be >= 1 day, was " + maximumInterval);
    for (int m : learningStepsMinutes) if (m <= 0) throw new IllegalArgumentException("learning steps must be > 0 minutes");
    for (int m : relearningStepsMinutes) if (m <= 0) throw new IllegalArgumentException("relearning steps must be > 0 minutes");
  }

  /** ts-fsrs's defaults: retention 0.9, 1 and 10 minute learning steps, a 10 minute relearning step, no fuzz. */
  public static FsrsParameters defaults() {
    return new FsrsParameters(DEFAULT_WEIGHTS, DEFAULT_RETENTION, DEFAULT_MAXIMUM_INTERVAL, List.of(1, 10), List.of(10), false);
  }

  public FsrsParameters withRetention(double retention) {
    return new FsrsParameters(weights, retention, maximumInterval, learningStepsMinutes, relearningStepsMinutes, fuzz);
  }

  public FsrsParameters withFuzz(boolean on) {
    return new FsrsParameters(weights, desiredRetention, maximumInterval, learningStepsMinutes, relearningStepsMinutes, on);
  }

  double[] w() {
    double[] w = new double[21];
    for (int i = 0; i < 21; i++) w[i] = weights.get(i);
    return w;
  }
}
