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
import org.factdrill.terminal.TerminalText;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** `factdrill stats`: per bank attempts and accuracy, scores over time, the weakest kinds and questions. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Your scores: per bank the quizzes, answers, accuracy and last date; a chart of scores over time; "
        + "the kinds and questions you miss most.")
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
    if (json) {
      main.out.println(toJson(stats));
    } else {
      for (AttributedString line : new StatsView(Terminals.plainWidth(main.env), ZoneId.systemDefault()).render(stats)) {
        main.out.println(TerminalText.clean(line.toString()));
      }
    }
    return Main.OK;
  }

  static String toJson(Stats s) {
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
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }
}
