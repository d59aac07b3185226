import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.factdrill.quiz.QuizItem;
import org.factdrill.study.Card;
import org.factdrill.study.CardState;
import org.factdrill.study.FsrsParameters;
import org.factdrill.study.Rating;
import org.factdrill.study.Review;
import org.factdrill.study.Scheduler;
import org.factdrill.study.StudyCard;
import org.factdrill.study.StudyEntry;
import org.factdrill.study.StudyPlan;
import org.factdrill.study.StudyQuestion;

/**
 * A simulated year of `factdrill study` with a fake clock: 1,000 questions, 20 new a day, a session
 * every morning at 09:00 and again every 15 minutes until nothing is due that day (learning steps),
 * through the real StudyPlan and Scheduler (fuzz on, seeded). Two simulated learners:
 *   fixed  - each question has a fixed recall probability, drawn once from 0.70-0.99 (the learner);
 *   curve  - recall follows FSRS's own forgetting curve for the card (R at the moment of review), so
 *            the measured retention shows what the scheduler aims at when its model is right.
 * Recalled is rated Good, forgotten Again. Prints, per month: reviews a day, new a day, measured
 * retention of reviews of learned cards against the 0.9 target, the mean interval given after a
 * recall, and the median interval of the cards in review at the month's end.
 *   java -cp target/factdrill.jar src/bench/SimulatedYear.java [fixed|curve]
 */
public class SimulatedYear {
  public static void main(String[] args) {
    String learner = args.length > 0 ? args[0] : "fixed";
    var scheduler = new Scheduler(FsrsParameters.defaults().withFuzz(true));
    var random = new SplittableRandom(1);
    var source = new Source(0, "A sentence.");
    var available = new ArrayList<StudyQuestion>();
    var recall = new HashMap<String, Double>();
    for (int i = 0; i < 1000; i++) {
      String id = String.format("q-%08x", i);
      available.add(new StudyQuestion(QuizItem.natural(new ShortAnswer(id, "Question " + i + "?", "A" + i, List.of(), "person", source), "sim"),
          Optional.empty()));
      recall.put(id, 0.70 + 0.29 * random.nextDouble());
    }
    Map<String, StudyCard> cards = new HashMap<>();
    Instant start = Instant.parse("2026-01-01T09:00:00Z");
    int[] reviewsByMonth = new int[12];
    int[] newByMonth = new int[12];
    int[] daysByMonth = new int[12];
    int[] learnedReviews = new int[12];
    int[] learnedRecalled = new int[12];
    double[] intervalSum = new double[12];
    int[] intervals = new int[12];
    int[] inReview = new int[12];
    int[] medianInterval = new int[12];
    int maxDay = 0;
    for (int day = 0; day < 365; day++) {
      Instant morning = start.plus(Duration.ofDays(day));
      int month = LocalDate.ofInstant(morning, ZoneOffset.UTC).getMonthValue() - 1;
      daysByMonth[month]++;
      int startedToday = 0;
      int reviewsToday = 0;
      for (int slot = 0; slot < 48; slot++) {
        Instant now = morning.plus(Duration.ofMinutes(15L * slot));
        StudyPlan plan = StudyPlan.make(available, cards.values(), now, 20 - startedToday, Map.of(), Integer.MAX_VALUE);
        if (plan.isEmpty()) {
          if (slot > 0) break;
          continue;
        }
        Instant at = now;
        for (StudyEntry e : plan.entries()) {
          String id = e.question().questionId();
          Card before = e.card();
          double p = learner.equals("curve") ? (before.isNew() ? 0.6 : scheduler.retrievability(before, at)) : recall.get(id);
          boolean recalled = random.nextDouble() < p;
          Review r = scheduler.review(before, recalled ? Rating.GOOD : Rating.AGAIN, at, random);
          cards.put(id, new StudyCard(id, Optional.empty(), "sim", r.after()));
          reviewsToday++;
          if (before.isNew()) {
            startedToday++;
            newByMonth[month]++;
          }
          if (before.state() == CardState.REVIEW) {
            learnedReviews[month]++;
            if (recalled) learnedRecalled[month]++;
            if (recalled) {
              intervalSum[month] += r.after().scheduledDays();
              intervals[month]++;
            }
          }
          at = at.plusSeconds(8);
        }
      }
      reviewsByMonth[month] += reviewsToday;
      maxDay = Math.max(maxDay, reviewsToday);
      var given = new ArrayList<Integer>();
      for (StudyCard c : cards.values()) if (c.card().state() == CardState.REVIEW) given.add(c.card().scheduledDays());
      inReview[month] = given.size();
      given.sort(null);
      medianInterval[month] = given.isEmpty() ? 0 : given.get(given.size() / 2);
    }
    System.out.println("learner: " + learner + "; 1,000 questions, 20 new a day, target retention 0.9, fuzz on (seed 1)");
    System.out.println("| month | reviews a day | new a day | retention of learned cards | mean interval after a recall (days) | median interval of cards in review, month end (days) |");
    System.out.println("|---|---|---|---|---|---|");
    String[] names = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int m = 0; m < 12; m++) {
      System.out.println(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s | %s | %s |", names[m], (double) reviewsByMonth[m] / daysByMonth[m],
          (double) newByMonth[m] / daysByMonth[m],
          learnedReviews[m] == 0 ? "-" : String.format(Locale.ROOT, "%.3f (%d reviews)", (double) learnedRecalled[m] / learnedReviews[m], learnedReviews[m]),
          intervals[m] == 0 ? "-" : String.format(Locale.ROOT, "%.1f", intervalSum[m] / intervals[m]),
          medianInterval[m] + " (" + inReview[m] + " cards)"));
    }
    int total = 0;
    for (int r : reviewsByMonth) total += r;
    System.out.println("reviews in the year: " + total + "; busiest day: " + maxDay);
  }
}
