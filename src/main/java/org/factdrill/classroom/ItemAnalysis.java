package org.factdrill.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.factdrill.grading.Answer;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/**
 * Item analysis of a class quiz, as pure functions of the quiz and the results handed in: how easy
 * each question was (facility), how well it told stronger students from weaker ones
 * (discrimination), which wrong choices drew students, the spread of grades and the questions
 * most missed. The statistics follow Moodle's quiz statistics report, which teachers know.
 */
public final class ItemAnalysis {
  private ItemAnalysis() {}

  /** How many times one wrong option was picked (or one wrong typed answer given). */
  public record WrongPick(String option, int count) {}

  /**
   * One question's figures. {@code facility} is the mean score in [0, 1]; {@code discrimination}
   * a correlation in [-1, 1], empty when it cannot be computed (fewer than two students, or
   * everybody scored the same on the question or on the rest of the quiz).
   */
  public record QuestionStats(
      int number,
      Question question,
      int attempts,
      int correct,
      int skipped,
      double facility,
      double standardDeviation,
      OptionalDouble discrimination,
      List<WrongPick> wrongPicks) {}

  /** Students per band of ten percent: [0,10), [10,20), ..., [90,100] (100% counts in the last band). */
  public record Distribution(int[] counts) {
    public int band(int i) {
      return counts[i];
    }

    public static String label(int i) {
      return i == 9 ? "90–100%" : (i * 10) + "–" + (i * 10 + 9) + "%";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Distribution d && java.util.Arrays.equals(counts, d.counts);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
      return java.util.Arrays.toString(counts);
    }
  }

  /** Per question, the figures; and the questions most missed, hardest first. */
  public record Analysis(int students, List<QuestionStats> questions, List<QuestionStats> mostMissed) {}

  /** The grades of the class: mean, median, lowest and highest percent, and their spread. */
  public record Grades(int students, double meanPercent, double medianPercent, double minPercent, double maxPercent,
      Distribution distribution) {}

  /** How many questions the "most missed" list holds at most. */
  public static final int MOST_MISSED = 5;

  public static Analysis analyse(ClassQuiz quiz, List<StudentResult> results) {
    int n = results.size();
    var stats = new ArrayList<QuestionStats>();
    double[] totals = new double[n];
    for (int s = 0; s < n; s++) totals[s] = results.get(s).score();
    for (int i = 0; i < quiz.questions().size(); i++) {
      stats.add(question(i + 1, quiz.questions().get(i), results, totals));
    }
    return new Analysis(n, List.copyOf(stats), mostMissed(stats));
  }

  public static Grades grades(List<StudentResult> results) {
    int n = results.size();
    double[] percents = results.stream().mapToDouble(StudentResult::percent).sorted().toArray();
    return new Grades(
        n,
        n == 0 ? 0 : mean(percents),
        median(percents),
        n == 0 ? 0 : percents[0],
        n == 0 ? 0 : percents[n - 1],
        distribution(results));
  }

  static QuestionStats question(int number, Question q, List<StudentResult> results, double[] totals) {
    int n = results.size();
    double[] item = new double[n];
    double[] rest = new double[n];
    int correct = 0;
    int skipped = 0;
    var responses = new ArrayList<StudentResult.Response>();
    for (int s = 0; s < n; s++) {
      StudentResult.Response r = results.get(s).response(q.id()).orElse(StudentResult.Response.unanswered(q.id(), false));
      item[s] = r.score();
      rest[s] = totals[s] - r.score();
      if (r.isCorrect()) correct++;
      if (r.answer() instanceof Answer.Skip) skipped++;
      responses.add(r);
    }
    double facility = n == 0 ? 0 : mean(item);
    return new QuestionStats(number, q, n, correct, skipped, facility, Math.sqrt(sampleVariance(item)),
        discrimination(item, rest), wrongPicks(q, responses));
  }

  /**
   * Moodle's discrimination index: the correlation between the score on this question and the
   * score on the rest of the test (the total minus this question), so that a question is not
   * correlated with itself. From Moodle's "Quiz statistics calculations" (MoodleDocs, developer
   * documentation) and question/classes/statistics/questions/calculator.php:
   *
   * <pre>
   *   D_p = 100 · C(x_p, X_p) / sqrt(V(x_p) · V(X_p))      where X_p = total − x_p,
   *   C(x, y) = Σ (x_s − x̄)(y_s − ȳ) / (S − 1),   V(x) = Σ (x_s − x̄)² / (S − 1)
   * </pre>
   *
   * Moodle shows it multiplied by 100; this returns the correlation itself, in [-1, 1]. Like
   * Moodle, there is no value when a variance is zero (everyone got the question right, say).
   */
  public static OptionalDouble discrimination(double[] item, double[] rest) {
    int n = item.length;
    if (n < 2) return OptionalDouble.empty();
    double vx = sampleVariance(item);
    double vy = sampleVariance(rest);
    if (vx * vy <= 1e-12) return OptionalDouble.empty();
    double mx = mean(item);
    double my = mean(rest);
    double cov = 0;
    for (int s = 0; s < n; s++) cov += (item[s] - mx) * (rest[s] - my);
    cov /= n - 1;
    double r = cov / Math.sqrt(vx * vy);
    // Rounding noise would show an uncorrelated question as "−0.0%" (and flag it as negative).
    if (Math.abs(r) < 1e-12) r = 0;
    return OptionalDouble.of(Math.max(-1, Math.min(1, r)));
  }

  /** The facility index: mean score over maximum score (1 per question), as Moodle defines it. */
  public static double facility(double[] item) {
    return mean(item);
  }

  static double mean(double[] xs) {
    if (xs.length == 0) return 0;
    double sum = 0;
    for (double x : xs) sum += x;
    return sum / xs.length;
  }

  static double sampleVariance(double[] xs) {
    if (xs.length < 2) return 0;
    double m = mean(xs);
    double sum = 0;
    for (double x : xs) sum += (x - m) * (x - m);
    return sum / (xs.length - 1);
  }

  static double median(double[] sorted) {
    int n = sorted.length;
    if (n == 0) return 0;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Ten bands of ten percent; a tiny tolerance keeps 70% (7/10 computed as 69.999...) in its band. */
  public static Distribution distribution(List<StudentResult> results) {
    int[] counts = new int[10];
    for (StudentResult r : results) {
      int band = (int) Math.floor(r.percent() / 10 + 1e-9);
      counts[Math.max(0, Math.min(9, band))]++;
    }
    return new Distribution(counts);
  }

  /** The questions with the lowest facility, hardest first; questions nobody missed are left out. */
  static List<QuestionStats> mostMissed(List<QuestionStats> stats) {
    return stats.stream()
        .filter(s -> s.correct() < s.attempts())
        .sorted(Comparator.comparingDouble(QuestionStats::facility).thenComparingInt(QuestionStats::number))
        .limit(MOST_MISSED)
        .toList();
  }

  /**
   * For questions with options, every wrong option with how many students picked it (zero
   * included: a distractor nobody picks is worth replacing), in the question's order. For typed
   * answers, the wrong answers given more than once, commonest first. Ordering and matching have
   * no single wrong option to count.
   */
  static List<WrongPick> wrongPicks(Question q, List<StudentResult.Response> responses) {
    List<Answer> answers = responses.stream().map(StudentResult.Response::answer).toList();
    return q.visit(new Question.Visitor<List<WrongPick>>() {
      @Override
      public List<WrongPick> multipleChoice(MultipleChoice mc) {
        Map<String, Integer> counts = zeros(mc.choices(), mc.answer());
        for (Answer a : answers) if (a instanceof Answer.Choice c) counts.computeIfPresent(c.choice(), (k, v) -> v + 1);
        return picks(counts);
      }

      @Override
      public List<WrongPick> multiSelect(MultiSelect ms) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String c : ms.choices()) if (!ms.isCorrect(c)) counts.put(c, 0);
        for (Answer a : answers) {
          if (a instanceof Answer.Choices c) c.choices().forEach(x -> counts.computeIfPresent(x, (k, v) -> v + 1));
        }
        return picks(counts);
      }

      @Override
      public List<WrongPick> shortAnswer(ShortAnswer sa) {
        return typedWrongAnswers(responses);
      }

      @Override
      public List<WrongPick> trueFalse(TrueFalse tf) {
        String wrong = Boolean.toString(!tf.answer());
        int count = 0;
        for (Answer a : answers) if (a instanceof Answer.Choice c && c.choice().equals(wrong)) count++;
        return List.of(new WrongPick(wrong, count));
      }

      @Override
      public List<WrongPick> ordering(Ordering o) {
        return List.of();
      }

      @Override
      public List<WrongPick> matching(Matching m) {
        return List.of();
      }
    });
  }

  private static Map<String, Integer> zeros(List<String> choices, String answer) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String c : choices) if (!c.equals(answer)) counts.put(c, 0);
    return counts;
  }

  private static List<WrongPick> picks(Map<String, Integer> counts) {
    var out = new ArrayList<WrongPick>();
    counts.forEach((k, v) -> out.add(new WrongPick(k, v)));
    return List.copyOf(out);
  }

  /** Wrong typed answers grouped regardless of case and spacing, shown as first typed. */
  private static List<WrongPick> typedWrongAnswers(List<StudentResult.Response> responses) {
    Map<String, String> shownAs = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (StudentResult.Response r : responses) {
      if (!(r.answer() instanceof Answer.Text t) || r.isCorrect()) continue;
      String key = t.text().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (key.isEmpty()) continue;
      shownAs.putIfAbsent(key, t.text().strip());
      counts.merge(key, 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 1)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(e -> new WrongPick(shownAs.get(e.getKey()), e.getValue()))
        .toList();
  }
}
