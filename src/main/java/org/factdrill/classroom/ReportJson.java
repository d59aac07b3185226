package org.factdrill.classroom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report as one JSON object, for scripts: quiz, grades, roster, questions (facility and
 * discrimination as fractions; discrimination null when it cannot be computed), most missed, and
 * what was refused or set aside.
 */
public final class ReportJson {
  private ReportJson() {}

  public static String write(ClassReport report) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ClassQuiz quiz = report.quiz();
    ObjectNode q = root.putObject("quiz");
    q.put("code", quiz.code());
    q.put("title", quiz.title());
    q.put("questions", quiz.questions().size());
    ItemAnalysis.Grades g = report.grades();
    ObjectNode grades = root.putObject("grades");
    grades.put("students", g.students());
    grades.put("meanPercent", round(g.meanPercent()));
    grades.put("medianPercent", round(g.medianPercent()));
    grades.put("minPercent", round(g.minPercent()));
    grades.put("maxPercent", round(g.maxPercent()));
    ArrayNode bands = grades.putArray("distribution");
    for (int i = 0; i < 10; i++) bands.addObject().put("band", ItemAnalysis.Distribution.label(i)).put("students", g.distribution().band(i));

    ArrayNode roster = root.putArray("roster");
    for (ClassReport.Entry e : report.roster()) {
      ObjectNode n = roster.addObject();
      n.put("student", e.student().name());
      n.put("id", e.student().id());
      n.put("score", e.graded().score());
      n.put("maxScore", e.graded().maxScore());
      n.put("percent", round(e.graded().percent()));
      n.put("attempts", e.attempts());
      n.put("finishedAt", e.graded().finishedAt().toString());
      ArrayNode perQuestion = n.putArray("questions");
      for (var question : quiz.questions()) {
        perQuestion.add(e.graded().response(question.id()).map(StudentResult.Response::score).orElse(0.0));
      }
    }

    ArrayNode questions = root.putArray("questions");
    for (ItemAnalysis.QuestionStats s : report.analysis().questions()) {
      ObjectNode n = questions.addObject();
      n.put("number", s.number());
      n.put("id", s.question().id());
      n.put("type", s.question().type().wireName());
      n.put("prompt", s.question().prompt());
      n.put("answer", s.question().answerText());
      n.put("attempts", s.attempts());
      n.put("correct", s.correct());
      n.put("skipped", s.skipped());
      n.put("facility", round(s.facility()));
      if (s.discrimination().isPresent()) n.put("discrimination", round(s.discrimination().getAsDouble()));
      else n.putNull("discrimination");
      ArrayNode wrong = n.putArray("wrongPicks");
      for (ItemAnalysis.WrongPick p : s.wrongPicks()) wrong.addObject().put("answer", p.option()).put("count", p.count());
    }
    ArrayNode missed = root.putArray("mostMissed");
    for (ItemAnalysis.QuestionStats s : report.analysis().mostMissed()) missed.add(s.number());
    ArrayNode refused = root.putArray("refused");
    for (ClassReport.Problem p : report.refused()) refused.addObject().put("source", p.source()).put("reason", p.reason());
    ArrayNode flagged = root.putArray("flagged");
    for (ClassReport.Problem p : report.flagged()) flagged.addObject().put("source", p.source()).put("reason", p.reason());
    root.put("identities", report.identitiesChecked() ? "checked" : "self-declared");
    ArrayNode ignored = root.putArray("ignored");
    for (ClassReport.Problem p : report.ignored()) ignored.addObject().put("source", p.source()).put("reason", p.reason());
    return Json.write(root);
  }

  /** Four decimals: enough for any figure a teacher reads, and stable in tests. */
  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
