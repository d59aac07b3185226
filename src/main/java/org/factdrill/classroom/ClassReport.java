package org.factdrill.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a teacher's report holds, worked out from the results handed in: the roster and the
 * grades (each student's best attempt, when retakes are allowed), the item analysis (each
 * student's first attempt, as Moodle does by default: later attempts are not independent of the
 * first), and the files that were refused or set aside.
 */
public record ClassReport(
    ClassQuiz quiz,
    List<Entry> roster,
    ItemAnalysis.Grades grades,
    ItemAnalysis.Analysis analysis,
    List<Problem> refused,
    List<Problem> ignored) {

  /** One student on the roster: the attempt that counts for the grade, and how many they made. */
  public record Entry(Student student, StudentResult graded, int attempts) {}

  /** A result that was not counted, where it came from (a file, the database) and why. */
  public record Problem(String source, String reason) {}

  private static final java.text.Collator COLLATOR = java.text.Collator.getInstance(Locale.ROOT);
  private static final java.util.regex.Pattern CHUNK = java.util.regex.Pattern.compile("\\d+|\\D+");

  public ClassReport {
    roster = List.copyOf(roster);
    refused = List.copyOf(refused);
    ignored = List.copyOf(ignored);
  }

  /** Builds the report; the same attempt found twice (in a file and in the database) counts once. */
  public static ClassReport of(ClassQuiz quiz, List<StudentResult> results, List<Problem> refused, List<Problem> ignored) {
    Map<String, StudentResult> byAttempt = new LinkedHashMap<>();
    for (StudentResult r : results) byAttempt.putIfAbsent(r.attemptId(), r);
    Map<String, List<StudentResult>> byStudent = new LinkedHashMap<>();
    for (StudentResult r : byAttempt.values()) byStudent.computeIfAbsent(r.student().key(), k -> new ArrayList<>()).add(r);

    var roster = new ArrayList<Entry>();
    var firsts = new ArrayList<StudentResult>();
    for (List<StudentResult> attempts : byStudent.values()) {
      attempts.sort(Comparator.comparing(StudentResult::startedAt).thenComparing(StudentResult::attemptId));
      StudentResult best = attempts.stream().max(Comparator.comparingDouble(StudentResult::score)).orElseThrow();
      roster.add(new Entry(best.student(), best, attempts.size()));
      firsts.add(attempts.get(0));
    }
    roster.sort(Comparator.comparing((Entry e) -> e.student().name(), ClassReport::byName)
        .thenComparing(e -> e.student().id(), ClassReport::byName));
    List<StudentResult> graded = roster.stream().map(Entry::graded).toList();
    return new ClassReport(quiz, roster, ItemAnalysis.grades(graded), ItemAnalysis.analyse(quiz, firsts), refused, ignored);
  }

  /**
   * The order a class list is read in: accents and case second to the letters ("Zoë" with "Zoe"),
   * and numbers by value ("Student 9" before "Student 10").
   */
  static int byName(String a, String b) {
    var ma = CHUNK.matcher(a);
    var mb = CHUNK.matcher(b);
    while (ma.find() && mb.find()) {
      String x = ma.group();
      String y = mb.group();
      int c;
      if (Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))) {
        c = new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y));
      } else {
        c = COLLATOR.compare(x, y);
      }
      if (c != 0) return c;
    }
    return Integer.compare(a.length(), b.length());
  }

  public List<StudentResult> gradedResults() {
    return roster.stream().map(Entry::graded).toList();
  }

  public boolean anyRetakes() {
    return roster.stream().anyMatch(e -> e.attempts() > 1);
  }
}
