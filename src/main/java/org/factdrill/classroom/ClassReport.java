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
    List<Problem> ignored,
    List<Problem> flagged,
    boolean identitiesChecked) {

  /** One student on the roster: the attempt that counts for the grade, and how many they made. */
  public record Entry(Student student, StudentResult graded, int attempts) {}

  /** A result that was not counted (or counted with a remark), where it came from and why. */
  public record Problem(String source, String reason) {}

  private static final java.text.Collator COLLATOR = java.text.Collator.getInstance(Locale.ROOT);
  private static final java.util.regex.Pattern CHUNK = java.util.regex.Pattern.compile("\\d+|\\D+");
  private static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

  public ClassReport {
    roster = List.copyOf(roster);
    refused = List.copyOf(refused);
    ignored = List.copyOf(ignored);
    flagged = List.copyOf(flagged);
  }

  /** Without a roster check (identities as the students typed them). */
  public static ClassReport of(ClassQuiz quiz, List<StudentResult> results, List<Problem> refused, List<Problem> ignored) {
    return of(quiz, results, refused, ignored, false);
  }

  /**
   * Builds the report. The same attempt found twice (in a file and in the database) counts once; two
   * different results claiming one attempt are flagged and the first counts. A student's attempts
   * are put in the order they were started: with retakes off the first one counts and every later
   * one is flagged; with retakes on the best one counts. With {@code identitiesChecked} (a roster
   * with personal codes) students are told apart by their roster id, else by the name and id typed.
   */
  public static ClassReport of(ClassQuiz quiz, List<StudentResult> results, List<Problem> refused, List<Problem> ignored,
      boolean identitiesChecked) {
    var flagged = new ArrayList<Problem>();
    Map<String, StudentResult> byAttempt = new LinkedHashMap<>();
    for (StudentResult r : results) {
      StudentResult first = byAttempt.putIfAbsent(r.attemptId(), r);
      if (first != null && !sameAnswers(first, r)) {
        flagged.add(new Problem(r.student().label(), "two different results claim attempt " + r.attemptId()
            + "; the first one found is counted"));
      }
    }
    Map<String, List<StudentResult>> byStudent = new LinkedHashMap<>();
    for (StudentResult r : byAttempt.values()) {
      String who = identitiesChecked ? "#" + r.student().id() : r.student().key();
      byStudent.computeIfAbsent(who, k -> new ArrayList<>()).add(r);
    }

    var roster = new ArrayList<Entry>();
    var firsts = new ArrayList<StudentResult>();
    boolean retakes = quiz.settings().retakes();
    for (List<StudentResult> attempts : byStudent.values()) {
      attempts.sort(Comparator.comparing(StudentResult::startedAt).thenComparing(StudentResult::attemptId));
      StudentResult first = attempts.get(0);
      StudentResult graded = retakes ? attempts.stream().max(Comparator.comparingDouble(StudentResult::score)).orElseThrow() : first;
      if (!retakes) {
        for (int i = 1; i < attempts.size(); i++) {
          flagged.add(new Problem(first.student().label(), "attempt " + (i + 1) + " (started " + WHEN.format(attempts.get(i).startedAt())
              + ") not counted: this quiz allows one attempt, and the first (started " + WHEN.format(first.startedAt()) + ") counts"));
        }
      }
      roster.add(new Entry(graded.student(), graded, attempts.size()));
      firsts.add(first);
    }
    roster.sort(Comparator.comparing((Entry e) -> e.student().name(), ClassReport::byName)
        .thenComparing(e -> e.student().id(), ClassReport::byName));
    List<StudentResult> graded = roster.stream().map(Entry::graded).toList();
    return new ClassReport(quiz, roster, ItemAnalysis.grades(graded), ItemAnalysis.analyse(quiz, firsts), refused, ignored, flagged,
        identitiesChecked);
  }

  private static boolean sameAnswers(StudentResult a, StudentResult b) {
    return a.responses().stream().map(StudentResult.Response::answer).toList()
        .equals(b.responses().stream().map(StudentResult.Response::answer).toList()) && a.student().equals(b.student());
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

  /** Whether the roster shows how many attempts each student made (more than one, by anyone). */
  public boolean anyRetakes() {
    return roster.stream().anyMatch(e -> e.attempts() > 1);
  }
}
