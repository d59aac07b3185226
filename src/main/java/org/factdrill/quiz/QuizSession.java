package org.factdrill.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.factdrill.grading.Answer;
import org.factdrill.grading.AnswerParser;
import org.factdrill.grading.Grader;
import org.factdrill.grading.Verdict;

/**
 * One learner taking one quiz: the questions in order, the response to each, hints, score so far.
 * A state machine with no I/O and no clock: every call that depends on time is given the time.
 * Screens drive it (plain lines, the JLine screens, a class quiz's screens); {@link ResponseSink}s
 * keep each response as it is given.
 *
 * <p>Not thread-safe: one screen drives one session.
 */
public final class QuizSession {

  /** The verdict's note on an answer given after the time limit, or on no answer before it. */
  public static final String TIME_UP = "time is up";

  private final String id;
  private final String title;
  private final List<QuizItem> items;
  private final QuizSettings settings;
  private final Instant startedAt;
  private final List<Response> responses = new ArrayList<>();
  private final List<ResponseSink> sinks = new ArrayList<>();

  private Instant shownAt;
  private int hintsUsed;
  private final Set<Integer> removed = new HashSet<>();

  /**
   * @param id this quiz's id (kept with its responses; a resumed quiz keeps its id)
   * @param title what the header calls the quiz (usually the bank's title)
   */
  public QuizSession(String id, String title, List<QuizItem> items, QuizSettings settings, Instant startedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.items = List.copyOf(items);
    this.settings = Objects.requireNonNull(settings, "settings");
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    if (this.items.isEmpty()) throw new IllegalArgumentException("a quiz needs at least one question");
    this.shownAt = startedAt;
  }

  /** A quiz taken up again where it stopped: the responses already given are counted, not re-asked. */
  public static QuizSession resume(
      String id, String title, List<QuizItem> items, QuizSettings settings, Instant startedAt, List<Response> earlier, Instant now) {
    var session = new QuizSession(id, title, items, settings, startedAt);
    for (Response r : earlier) {
      if (r.position() != session.responses.size()) {
        throw new IllegalArgumentException("responses must follow the questions in order; expected position "
            + session.responses.size() + ", got " + r.position());
      }
      if (session.finished()) throw new IllegalArgumentException("more responses than questions");
      if (!r.item().question().id().equals(session.current().question().id())) {
        throw new IllegalArgumentException("response at position " + r.position() + " is for another question");
      }
      session.responses.add(r);
    }
    session.shownAt = now;
    return session;
  }

  public void addSink(ResponseSink sink) {
    sinks.add(Objects.requireNonNull(sink));
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public QuizSettings settings() {
    return settings;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public List<QuizItem> items() {
    return items;
  }

  public int size() {
    return items.size();
  }

  /** 0-based position of the current question; equals {@link #size()} when finished. */
  public int position() {
    return responses.size();
  }

  public boolean finished() {
    return responses.size() == items.size();
  }

  /** The question being asked. */
  public QuizItem current() {
    if (finished()) throw new IllegalStateException("the quiz is finished");
    return items.get(responses.size());
  }

  public List<Response> responses() {
    return Collections.unmodifiableList(responses);
  }

  public Optional<Response> last() {
    return responses.isEmpty() ? Optional.empty() : Optional.of(responses.get(responses.size() - 1));
  }

  /** Sum of the verdicts' scores so far. */
  public double score() {
    return responses.stream().mapToDouble(r -> r.verdict().score()).sum();
  }

  public int correctCount() {
    return (int) responses.stream().filter(Response::isCorrect).count();
  }

  /**
   * The current question is on screen from {@code now}: its time (and time limit) counts from
   * here. Screens call it after showing the question, so reading feedback is not counted.
   */
  public void shown(Instant now) {
    shownAt = Objects.requireNonNull(now);
  }

  /** When the current question's time runs out, if the quiz has a time limit. */
  public Optional<Instant> deadline() {
    return settings.timeLimit().map(shownAt::plus);
  }

  public boolean timeIsUp(Instant now) {
    return deadline().map(d -> now.isAfter(d)).orElse(false);
  }

  /** The time left to answer the current question, if it has a limit (zero once it has run out). */
  public Optional<Duration> timeLeft(Instant now) {
    return deadline().map(d -> now.isAfter(d) ? Duration.ZERO : Duration.between(now, d));
  }

  /** Hints used on the current question. */
  public int hintsUsed() {
    return hintsUsed;
  }

  /** Options of the current question that hints have taken away (indexes into the shown options). */
  public Set<Integer> removedOptions() {
    return Collections.unmodifiableSet(removed);
  }

  /** Reads typed input for the current question: a letter, number, text, "2 1 3", "1b 2a"... */
  public AnswerParser.Result parse(String input) {
    QuizItem item = current();
    return AnswerParser.parse(item.question(), item.shown(), input);
  }

  /**
   * Grades an answer to the current question, records it, tells the sinks, and moves on. An
   * answer given after the time limit counts as wrong ("time is up").
   */
  public Response answer(Answer answer, Instant now) {
    QuizItem item = current();
    Verdict verdict = answer instanceof Answer.Skip ? Verdict.skipped()
        : timeIsUp(now) ? new Verdict(Verdict.Outcome.WRONG, 0, TIME_UP)
        : Grader.grade(item.question(), answer);
    return record(item, Answers.describe(answer), verdict, now);
  }

  public Response skip(Instant now) {
    return answer(new Answer.Skip(), now);
  }

  /** The time limit ran out with no answer given. */
  public Response timeUp(Instant now) {
    return record(current(), "", new Verdict(Verdict.Outcome.WRONG, 0, TIME_UP), now);
  }

  private Response record(QuizItem item, String given, Verdict verdict, Instant now) {
    var response = new Response(responses.size(), item, given, verdict, hintsUsed, now, Duration.between(shownAt, now));
    // The sinks keep it first: if one cannot, the response is not counted and can be given again.
    for (ResponseSink sink : sinks) sink.responded(this, response);
    responses.add(response);
    hintsUsed = 0;
    removed.clear();
    shownAt = now;
    if (finished()) for (ResponseSink sink : sinks) sink.finished(this);
    return response;
  }

  /** The next hint for the current question, if hints are allowed and one is left. */
  public Optional<Hint> hint() {
    if (!settings.hintsAllowed()) return Optional.empty();
    Optional<Hint> next = Hints.next(current(), hintsUsed, removed);
    next.ifPresent(h -> {
      hintsUsed++;
      removed.addAll(h.removed());
    });
    return next;
  }

  public QuizSummary summary(Instant now) {
    return QuizSummary.of(this, now);
  }
}
