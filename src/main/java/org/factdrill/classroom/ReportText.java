package org.factdrill.classroom;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The report as plain text for a terminal: roster, grade distribution drawn as bars, per question
 * facility and discrimination, wrong choices picked, the most missed questions, and what was not
 * counted. Pure: the width, the time zone and whether block characters may be used are passed in.
 */
public final class ReportText {
  private ReportText() {}

  /** Bars of the grade distribution are at most this long. */
  static final int BAR = 30;

  public static String render(ClassReport report, ZoneId zone, int width, boolean unicode) {
    var out = new StringBuilder();
    ClassQuiz quiz = report.quiz();
    ItemAnalysis.Grades grades = report.grades();
    width = Math.max(60, width);
    line(out, "Quiz " + quiz.code() + "  \"" + quiz.title() + "\"  " + quiz.questions().size() + " questions, "
        + report.roster().size() + (report.roster().size() == 1 ? " student" : " students"));

    line(out, "");
    line(out, "Roster");
    if (report.roster().isEmpty()) {
      line(out, "  no results yet");
    } else {
      int nameWidth = Math.min(32, Math.max(7, report.roster().stream().mapToInt(e -> e.student().name().length()).max().orElse(7)));
      int idWidth = Math.max(2, report.roster().stream().mapToInt(e -> e.student().id().length()).max().orElse(2));
      boolean retakes = report.anyRetakes();
      line(out, "  " + pad("Student", nameWidth) + "  " + pad("ID", idWidth) + "  " + lpad("Score", 9) + "  "
          + lpad("Percent", 7) + "  Finished" + (retakes ? "           Attempts" : ""));
      var finished = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
      for (ClassReport.Entry e : report.roster()) {
        StudentResult r = e.graded();
        line(out, "  " + pad(cut(e.student().name(), nameWidth), nameWidth) + "  " + pad(e.student().id(), idWidth) + "  "
            + lpad(Gradebook.number(r.score(), 2) + "/" + Gradebook.number(r.maxScore(), 2), 9) + "  "
            + lpad(percent(r.percent()), 7) + "  " + finished.format(r.finishedAt())
            + (retakes ? "   " + lpad(Integer.toString(e.attempts()), 8) : ""));
      }
      line(out, "  Class: mean " + percent(grades.meanPercent()) + ", median " + percent(grades.medianPercent())
          + ", lowest " + percent(grades.minPercent()) + ", highest " + percent(grades.maxPercent()));
      if (retakes && quiz.settings().retakes()) line(out, "  (grades are each student's best attempt; the item analysis uses first attempts)");
      if (retakes && !quiz.settings().retakes()) line(out, "  (one attempt allowed: each student's first attempt counts; later ones are flagged below)");
    }
    line(out, "");
    if (report.identitiesChecked()) {
      line(out, "Identities: checked; each result is sealed with its student's personal code from the roster.");
    } else {
      line(out, "Identities: self-declared. This quiz has no roster, so anyone could hand in a result under any name;");
      line(out, "  make the next one with class create --roster FILE to check who handed in what.");
    }

    line(out, "");
    line(out, "Grade distribution");
    int most = 0;
    for (int i = 0; i < 10; i++) most = Math.max(most, grades.distribution().band(i));
    for (int i = 9; i >= 0; i--) {
      int n = grades.distribution().band(i);
      int len = most == 0 ? 0 : (int) Math.round((double) n * Math.min(BAR, most) / most);
      if (n > 0 && len == 0) len = 1;
      line(out, "  " + pad(ItemAnalysis.Distribution.label(i), 8) + " " + (unicode ? "│" : "|")
          + (unicode ? "█" : "#").repeat(len) + " ".repeat(Math.max(0, Math.min(BAR, most) - len)) + " " + n);
    }

    ItemAnalysis.Analysis a = report.analysis();
    line(out, "");
    line(out, "Questions");
    line(out, "   Q  Type             Facility  Discrim.  Skipped  Question");
    int promptWidth = Math.max(20, width - 53);
    for (ItemAnalysis.QuestionStats s : a.questions()) {
      boolean negative = s.discrimination().isPresent() && s.discrimination().getAsDouble() < 0;
      line(out, "  " + lpad(Integer.toString(s.number()), 2) + "  " + pad(s.question().type().wireName(), 15) + "  "
          + lpad(fixed(100 * s.facility()), 8) + "  " + lpad(discrimination(s.discrimination()), 8) + (negative ? "!" : " ") + " "
          + lpad(Integer.toString(s.skipped()), 7) + "  " + cut(s.question().prompt(), promptWidth));
    }
    line(out, "  (facility: share of the marks scored; discrimination: correlation of the");
    line(out, "   question's score with the score on the rest of the quiz, as in Moodle)");
    if (a.questions().stream().anyMatch(s -> s.discrimination().isEmpty())) {
      line(out, "  (–: everyone scored the same on the question, or on the rest of the quiz)");
    }
    if (a.questions().stream().anyMatch(s -> s.discrimination().isPresent() && s.discrimination().getAsDouble() < 0)) {
      line(out, "  (!: negative: weaker students did better; check the question and its answer)");
    }

    var picks = new ArrayList<String>();
    for (ItemAnalysis.QuestionStats s : a.questions()) {
      if (s.wrongPicks().isEmpty()) continue;
      var parts = new ArrayList<String>();
      boolean trueFalse = s.question().type() == org.factdrill.questions.QuestionType.TRUE_FALSE;
      for (ItemAnalysis.WrongPick p : s.wrongPicks()) {
        String option = trueFalse ? (p.option().equals("true") ? "True" : "False") : p.option();
        parts.add(quote(option) + " ×" + p.count());
      }
      String label = s.question().type() == org.factdrill.questions.QuestionType.SHORT_ANSWER ? "typed " : "";
      picks.add("  Q" + s.number() + "  " + label + String.join(", ", parts) + "   (answer: " + quote(answer(s.question())) + ")");
    }
    if (!picks.isEmpty()) {
      line(out, "");
      line(out, "Wrong answers picked (a wrong choice nobody picks does not work as a distractor)");
      picks.forEach(p -> line(out, p));
    }

    if (!a.mostMissed().isEmpty()) {
      line(out, "");
      line(out, "Most missed");
      for (ItemAnalysis.QuestionStats s : a.mostMissed()) {
        int missed = s.attempts() - s.correct();
        String head = "  Q" + s.number() + "  " + missed + " of " + s.attempts() + " missed  ";
        line(out, head + cut(s.question().prompt(), width - head.length()));
        line(out, " ".repeat(head.length()) + cut("answer: " + answer(s.question()), width - head.length()));
      }
    }

    if (!report.flagged().isEmpty()) {
      line(out, "");
      line(out, "Flagged (" + report.flagged().size() + ")");
      for (ClassReport.Problem p : report.flagged()) line(out, "  " + p.source() + ": " + p.reason());
    }
    if (!report.refused().isEmpty()) {
      line(out, "");
      line(out, "Refused, not counted (" + report.refused().size() + ")");
      for (ClassReport.Problem p : report.refused()) line(out, "  " + p.source() + ": " + p.reason());
    }
    if (!report.ignored().isEmpty()) {
      line(out, "");
      line(out, "Set aside, not results of this quiz (" + report.ignored().size() + ")");
      for (ClassReport.Problem p : report.ignored()) line(out, "  " + p.source() + ": " + p.reason());
    }
    return out.toString();
  }

  /** The right answer as a student saw it ("True", not the stored "true"). */
  static String answer(org.factdrill.questions.Question q) {
    String a = q.answerText();
    return q.type() == org.factdrill.questions.QuestionType.TRUE_FALSE ? (a.equals("true") ? "True" : "False") : a;
  }

  static String discrimination(OptionalDouble d) {
    if (d.isEmpty()) return "–";
    double v = d.getAsDouble();
    return fixed(100 * v);
  }

  /** "36.0%": a fixed decimal, so that a column of figures lines up. */
  static String fixed(double p) {
    return String.format(Locale.ROOT, "%.1f%%", p);
  }

  /** "66.7%", "100%": one decimal, none when it is zero. */
  static String percent(double p) {
    return Gradebook.number(p, 1) + "%";
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  private static void line(StringBuilder out, String s) {
    out.append(s.stripTrailing()).append('\n');
  }

  static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
  }

  static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  static String lpad(String s, int width) {
    return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
  }
}
