package org.factdrill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.factdrill.store.ScoreStore;
import org.factdrill.store.Stats;
import org.factdrill.store.StoreException;
import org.factdrill.terminal.StatsView;
import org.factdrill.terminal.StudyStatsView;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;
import org.factdrill.store.ReviewStore;
import org.factdrill.study.CardState;
import org.factdrill.study.FsrsParameters;
import org.factdrill.study.PastReview;
import org.factdrill.study.Scheduler;
import org.factdrill.study.StudyCard;
import org.factdrill.study.StudyStats;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalInt;
import org.factdrill.terminal.TerminalText;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** `factdrill stats`: per bank attempts and accuracy, scores over time, the weakest kinds and questions. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Your scores: per bank the quizzes, answers, accuracy and last date; a chart of scores over time; "
        + "the kinds and questions you miss most; study: reviews due in the next 7 days, true retention, cards by state.")
public final class StatsCommand implements Callable<Integer> {
  static final int WEAKEST = 5;

  @ParentCommand Main main;

  @Option(names = "--user", paramLabel = "NAME", description = "Whose scores (default: $USER).")
  String user;

  @Option(names = "--json", description = "Print one JSON object instead of the text.")
  boolean json;

  @Override
  public Integer call() {
    String who = Users.resolve(user, main.env);
    Stats stats;
    try {
      Optional<ScoreStore> store = ScoreStore.openForReading(main.homeDir());
      if (store.isPresent()) {
        try (ScoreStore s = store.get()) {
          stats = s.stats(who, WEAKEST);
        }
      } else {
        stats = new Stats(who, List.of(), List.of(), List.of(), List.of());
      }
    } catch (StoreException e) {
      throw new CommandFailure(e.getMessage(), e);
    }
    StudyStats study = studyStats(who);
    if (json) {
      main.out.println(toJson(stats, study));
    } else {
      for (AttributedString line : new StatsView(Terminals.plainWidth(main.env), ZoneId.systemDefault()).render(stats)) {
        main.out.println(TerminalText.clean(line.toString()));
      }
      main.out.println();
      for (AttributedString line : new StudyStatsView(Terminals.plainWidth(main.env)).render(study)) {
        main.out.println(TerminalText.clean(line.toString()));
      }
    }
    return Main.OK;
  }

  /**
   * The study figures: cards and review log from the database, and how many questions of the
   * banks `study` would use were never studied (left out when those banks cannot be loaded).
   */
  private StudyStats studyStats(String who) {
    Instant now = StudyCommand.clock(main).get();
    List<StudyCard> cards = List.of();
    List<PastReview> log = List.of();
    try {
      Optional<ReviewStore> store = ReviewStore.openForReading(main.homeDir(), who, new Scheduler(FsrsParameters.defaults()));
      if (store.isPresent()) {
        try (ReviewStore s = store.get()) {
          cards = s.cards().cards();
          ReviewStore.Log read = s.reviews();
          log = read.reviews();
          if (read.damaged() > 0) {
            main.err.println("factdrill: warning: " + read.damaged() + (read.damaged() == 1 ? " row" : " rows")
                + " of the review log cannot be read (damaged); left out of the figures and left as they are");
          }
        }
      }
    } catch (StoreException e) {
      throw new CommandFailure(e.getMessage(), e);
    }
    OptionalInt unstudied = OptionalInt.empty();
    try {
      var studied = new java.util.HashSet<String>();
      for (StudyCard c : cards) studied.add(c.questionId());
      var seen = new java.util.HashSet<String>();
      int n = 0;
      for (QuestionBank b : BankSources.load(List.of(), main.homeDir(), Path.of(System.getProperty("user.dir")), ValidatedBanks.in(main.homeDir()))) {
        for (Question q : b.questions()) if (seen.add(q.id()) && !studied.contains(q.id())) n++;
      }
      unstudied = OptionalInt.of(n);
    } catch (CommandFailure e) {
      // No bank to count from: the new count is left out, the rest stands.
    }
    return StudyStats.of(cards, log, now, ZoneId.systemDefault(), FsrsParameters.DEFAULT_RETENTION, unstudied);
  }

  static String toJson(Stats s) {
    return toJson(s, null);
  }

  static String toJson(Stats s, StudyStats study) {
    var mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("user", s.user());
    ArrayNode banks = root.putArray("banks");
    for (Stats.BankLine b : s.banks()) {
      banks.addObject().put("id", b.bankId()).put("title", b.title()).put("quizzes", b.quizzes()).put("answered", b.answered())
          .put("correct", b.correct()).put("accuracy", b.answered() == 0 ? 0 : (double) b.correct() / b.answered())
          .put("last", b.last().toString());
    }
    ArrayNode quizzes = root.putArray("quizzes");
    for (Stats.QuizScore q : s.quizzes()) {
      quizzes.addObject().put("id", q.quizId()).put("title", q.title()).put("started", q.startedAt().toString())
          .put("answered", q.answered()).put("questions", q.questions()).put("score", q.score()).put("percent", q.percent())
          .put("finished", q.finished());
    }
    ArrayNode kinds = root.putArray("weakestKinds");
    for (Stats.KindLine k : s.weakestKinds()) {
      kinds.addObject().put("kind", k.kind()).put("answered", k.answered()).put("correct", k.correct());
    }
    ArrayNode questions = root.putArray("weakestQuestions");
    for (Stats.QuestionLine q : s.weakestQuestions()) {
      questions.addObject().put("id", q.questionId()).put("prompt", q.prompt()).put("answer", q.answer())
          .put("answered", q.answered()).put("correct", q.correct());
    }
    if (study != null) {
      ObjectNode st = root.putObject("study");
      ArrayNode forecast = st.putArray("forecast");
      for (int i = 0; i < study.forecast().size(); i++) {
        forecast.addObject().put("day", study.today().plusDays(i).toString()).put("due", study.forecast().get(i));
      }
      StudyStats.Retention r = study.retention();
      st.putObject("retention").put("reviews", r.reviews()).put("recalled", r.passed()).put("rate", r.rate())
          .put("target", r.target()).put("predicted", r.predicted());
      ObjectNode states = st.putObject("states");
      if (study.unstudied().isPresent()) states.put("new", study.unstudied().getAsInt());
      states.put("learning", study.states().get(CardState.LEARNING)).put("review", study.states().get(CardState.REVIEW))
          .put("relearning", study.states().get(CardState.RELEARNING));
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }
}
