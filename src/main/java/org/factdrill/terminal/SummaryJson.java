package org.factdrill.terminal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.factdrill.quiz.QuizSession;
import org.factdrill.quiz.QuizSummary;
import org.factdrill.quiz.Response;

/**
 * The quiz as one JSON object for scripts (`--json`): {"answered": n, "correct": n, "results":
 * [{"id", "given", "correct"}...]} and more fields beside those.
 */
public final class SummaryJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SummaryJson() {}

  public static String of(QuizSession session, QuizSummary summary, boolean finished) {
    ObjectNode root = JSON.createObjectNode();
    root.put("quiz", session.id());
    root.put("title", session.title());
    root.put("questions", summary.questions());
    root.put("answered", summary.answered());
    root.put("correct", summary.correct());
    root.put("skipped", summary.skipped());
    root.put("score", summary.score());
    root.put("percent", summary.percent());
    root.put("finished", finished);
    root.put("seconds", summary.timeTaken().toMillis() / 1000.0);
    ArrayNode results = root.putArray("results");
    for (Response r : session.responses()) {
      ObjectNode n = results.addObject();
      n.put("id", r.item().question().id());
      n.put("type", r.item().question().type().wireName());
      n.put("kind", r.item().question().kind());
      n.put("given", r.given());
      n.put("correct", r.isCorrect());
      n.put("outcome", r.verdict().outcome().name().toLowerCase(java.util.Locale.ROOT));
      n.put("score", r.verdict().score());
      if (!r.verdict().note().isEmpty()) n.put("note", r.verdict().note());
      n.put("answer", r.item().question().answerText());
      n.put("hints", r.hintsUsed());
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }
}
