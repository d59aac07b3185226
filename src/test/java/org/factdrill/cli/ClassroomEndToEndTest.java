package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.factdrill.classroom.ClassFixtures;
import org.factdrill.classroom.ClassQuiz;
import org.factdrill.classroom.ClassSettings;
import org.factdrill.classroom.Student;
import org.factdrill.questions.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thirty scripted students take a class quiz through {@code Main.run} in plain mode (piped input,
 * each typing the letters of their own option order), then the report's figures are checked
 * against a hand computation.
 *
 * <p>The quiz: Q1 multiple choice (March 17 / March 19 / March 31 / April 1), Q2 true/false
 * (answer True), Q3 short answer (Dmitry Medvedev, also "Medvedev"), Q4 multi-select (Britain and
 * France; wrong: Russia, China), scored by the grader's partial credit: (right ticks − wrong ticks)
 * / 2, floored at 0. Six answer patterns (question scores):
 *
 * <pre>
 *   group  n  Q1 Q2 Q3 Q4   total  percent  what they give
 *   A      6   1  1  1  1     4     100     March 17, True, "Medvedev", Britain+France
 *   B      6   1  1  1  ½    3.5     87.5   March 17, True, "dmitry medvedev", Britain (1 of 2 right)
 *   C      6   1  1  0  0     2      50     March 17, True, "Putin", Britain+Russia ((1 − 1)/2 = 0)
 *   D      6   1  0  0  0     1      25     March 17, False, "Lavrov", Russia+China (floored at 0)
 *   E      3   0  0  0  0     0       0     March 19, False, :skip, :skip
 *   F      3   0  1  1  1     3      75     March 31, True, "Medvedev", France+Britain
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassroomEndToEndTest {

  Path dir;
  Path quizFile;
  Path results;
  Path home;
  ClassQuiz quiz;
  final List<Student> students = new ArrayList<>();

  CliRun run(String input, String... args) {
    return CliRun.of(input, Map.of("FACTDRILL_HOME", home.toString(), "TERM", "dumb"), args);
  }

  ClassSetup setup;

  String letter(Student s, Question q, String option) {
    return setup.letter(s, q.id(), option);
  }

  String lines(Student s, String q1, String q2, String q3, String... q4) {
    var q4Letters = new ArrayList<String>();
    for (String o : q4) q4Letters.add(letter(s, ClassFixtures.COUNTRIES, o));
    return String.join("\n", letter(s, ClassFixtures.DATE, q1), letter(s, ClassFixtures.NATO, q2), q3,
        q4.length == 0 ? ":skip" : String.join(" ", q4Letters)) + "\n";
  }

  @BeforeAll
  void thirtyStudentsTakeTheQuiz(@TempDir Path tmp) throws Exception {
    dir = tmp;
    home = dir.resolve("home");
    results = dir.resolve("class-results");
    quizFile = dir.resolve("quiz.json");
    quiz = new ClassQuiz("K7QF3M", "Libya and the UN", ClassFixtures.CREATED, ClassSettings.defaults(),
        List.of(ClassFixtures.DATE, ClassFixtures.NATO, ClassFixtures.PRESIDENT, ClassFixtures.COUNTRIES));
    setup = ClassSetup.write(quizFile, home, quiz, List.of());

    String[] names = {"Zoë O'Brien/Smith", "José da Silva", "Ana María López", "Chen Wei", "Ola Nordmann", "Priya Patel"};
    for (int i = 0; i < 30; i++) students.add(new Student(i < names.length ? names[i] : "Student " + (i + 1), "s-" + (i + 1)));
    for (int i = 0; i < 30; i++) {
      Student s = students.get(i);
      String input = i < 6 ? lines(s, "March 17", "True", "Medvedev", "Britain", "France")
          : i < 12 ? lines(s, "March 17", "True", "dmitry medvedev", "Britain")
          : i < 18 ? lines(s, "March 17", "True", "Putin", "Britain", "Russia")
          : i < 24 ? lines(s, "March 17", "False", "Lavrov", "Russia", "China")
          : i < 27 ? lines(s, "March 19", "False", ":skip")
          : lines(s, "March 31", "True", "Medvedev", "France", "Britain");
      CliRun r = run(input, "class", "take", quizFile.toString(), "--student", s.name(), "--id", s.id(), "--results", results.toString());
      assertThat(r.err()).as("student %d", i).isEmpty();
      assertThat(r.code()).as("student %d: %s", i, r.out()).isZero();
      assertThat(r.out()).contains("Handed in: ");
    }
  }

  @Test
  void theReportEqualsTheHandComputation() throws Exception {
    CliRun r = run("", "class", "report", quizFile.toString(), "--results", results.toString(), "--json");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode report = new ObjectMapper().readTree(r.out());
    JsonNode qs = report.path("questions");

    // Facility = mean score: Q1 (A+B+C+D) 24/30, Q2 (A+B+C+F) 21/30, Q3 (A+B+F) 15/30,
    // Q4 (6·1 + 6·½ + 3·1)/30 = 12/30.
    assertThat(qs.get(0).path("facility").asDouble()).isEqualTo(0.8);
    assertThat(qs.get(1).path("facility").asDouble()).isEqualTo(0.7);
    assertThat(qs.get(2).path("facility").asDouble()).isEqualTo(0.5);
    assertThat(qs.get(3).path("facility").asDouble()).isEqualTo(0.4);

    // Discrimination r = Sxy / sqrt(Sxx·Syy), x = the question's score, y = total minus x (the n−1 cancel).
    // Group totals: A 4, B 3.5, C 2, D 1, E 0, F 3.
    // Q1: x̄ = 0.8; y = A 3, B 2.5, C 1, D 0, E 0, F 3; ȳ = (18 + 15 + 6 + 0 + 0 + 9)/30 = 1.6
    //     Sxx = 24·0.2² + 6·0.8² = 4.8
    //     Syy = 6·1.4² + 6·0.9² + 6·0.6² + 6·1.6² + 3·1.6² + 3·1.4² = 11.76 + 4.86 + 2.16 + 15.36 + 7.68 + 5.88 = 47.7
    //     Sxy = 6·0.2·1.4 + 6·0.2·0.9 − 6·0.2·0.6 − 6·0.2·1.6 + 3·0.8·1.6 − 3·0.8·1.4 = 1.68 + 1.08 − 0.72 − 1.92 + 3.84 − 3.36 = 0.6
    //     r = 0.6 / sqrt(4.8·47.7) = 0.6 / sqrt(228.96) = 0.03965
    // Q2: x̄ = 0.7; y = A 3, B 2.5, C 1, D 1, E 0, F 2; ȳ = (18 + 15 + 6 + 6 + 0 + 6)/30 = 1.7
    //     Sxx = 21·0.3² + 9·0.7² = 6.3
    //     Syy = 6·1.3² + 6·0.8² + 6·0.7² + 6·0.7² + 3·1.7² + 3·0.3² = 10.14 + 3.84 + 2.94 + 2.94 + 8.67 + 0.27 = 28.8
    //     Sxy = 6·0.3·1.3 + 6·0.3·0.8 − 6·0.3·0.7 + 6·0.7·0.7 + 3·0.7·1.7 + 3·0.3·0.3 = 2.34 + 1.44 − 1.26 + 2.94 + 3.57 + 0.27 = 9.3
    //     r = 9.3 / sqrt(6.3·28.8) = 9.3 / sqrt(181.44) = 0.69042
    // Q3: x̄ = 0.5; y = A 3, B 2.5, C 2, D 1, E 0, F 2; ȳ = (18 + 15 + 12 + 6 + 0 + 6)/30 = 1.9
    //     Sxx = 30·0.5² = 7.5
    //     Syy = 6·1.1² + 6·0.6² + 6·0.1² + 6·0.9² + 3·1.9² + 3·0.1² = 7.26 + 2.16 + 0.06 + 4.86 + 10.83 + 0.03 = 25.2
    //     Sxy = 6·0.5·1.1 + 6·0.5·0.6 − 6·0.5·0.1 + 6·0.5·0.9 + 3·0.5·1.9 + 3·0.5·0.1 = 3.3 + 1.8 − 0.3 + 2.7 + 2.85 + 0.15 = 10.5
    //     r = 10.5 / sqrt(7.5·25.2) = 10.5 / sqrt(189) = 0.76376
    // Q4: x̄ = 0.4; y = A 3, B 3, C 2, D 1, E 0, F 2; ȳ = (18 + 18 + 12 + 6 + 0 + 6)/30 = 2
    //     Sxx = 6·0.6² + 6·0.1² + 6·0.4² + 6·0.4² + 3·0.4² + 3·0.6² = 2.16 + 0.06 + 0.96 + 0.96 + 0.48 + 1.08 = 5.7
    //     Syy = 6·1² + 6·1² + 6·0² + 6·1² + 3·2² + 3·0² = 30
    //     Sxy = 6·0.6·1 + 6·0.1·1 + 6·(−0.4)·0 + 6·0.4·1 + 3·0.4·2 + 3·0.6·0 = 3.6 + 0.6 + 0 + 2.4 + 2.4 + 0 = 9
    //     r = 9 / sqrt(5.7·30) = 9 / sqrt(171) = 0.68825
    assertThat(qs.get(0).path("discrimination").asDouble()).isCloseTo(0.6 / Math.sqrt(228.96), within(0.00005));
    assertThat(qs.get(1).path("discrimination").asDouble()).isCloseTo(9.3 / Math.sqrt(181.44), within(0.00005));
    assertThat(qs.get(2).path("discrimination").asDouble()).isCloseTo(10.5 / Math.sqrt(189), within(0.00005));
    assertThat(qs.get(3).path("discrimination").asDouble()).isCloseTo(9 / Math.sqrt(171), within(0.00005));

    // Grade distribution: E 0% (3) in 0–9, D 25% (6) in 20–29, C 50% (6) in 50–59, F 75% (3) in 70–79,
    // B 87.5% (6) in 80–89, A 100% (6) in 90–100.
    var bands = new ArrayList<Integer>();
    report.path("grades").path("distribution").forEach(b -> bands.add(b.path("students").asInt()));
    assertThat(bands).containsExactly(3, 0, 6, 0, 0, 6, 0, 3, 6, 6);
    // Mean (6·100 + 6·87.5 + 6·50 + 6·25 + 3·0 + 3·75)/30 = 1800/30 = 60; median of the 15th and 16th of 30 = (50 + 75)/2.
    assertThat(report.path("grades").path("meanPercent").asDouble()).isEqualTo(60.0);
    assertThat(report.path("grades").path("medianPercent").asDouble()).isEqualTo(62.5);

    // Wrong picks: Q1 March 19 by E (3), March 31 by F (3), April 1 by nobody; Q2 False by D and E (9);
    // Q3 typed "Putin" (C, 6) and "Lavrov" (D, 6); Q4 Russia by C and D (12), China by D (6).
    assertThat(picks(qs.get(0))).containsExactly("March 19=3", "March 31=3", "April 1=0");
    assertThat(picks(qs.get(1))).containsExactly("false=9");
    assertThat(picks(qs.get(2))).containsExactly("Putin=6", "Lavrov=6");
    assertThat(picks(qs.get(3))).containsExactly("Russia=12", "China=6");
    assertThat(qs.get(2).path("skipped").asInt()).isEqualTo(3);
    // Most missed: lowest facility first (Q4 0.4, Q3 0.5, Q2 0.7, Q1 0.8).
    assertThat(report.path("mostMissed").toString()).isEqualTo("[4,3,2,1]");

    // The roster holds every student under their real name.
    var names = new ArrayList<String>();
    report.path("roster").forEach(e -> names.add(e.path("student").asText()));
    assertThat(names).hasSize(30).contains("Zoë O'Brien/Smith", "José da Silva", "Ana María López");
  }

  private static List<String> picks(JsonNode question) {
    var out = new ArrayList<String>();
    question.path("wrongPicks").forEach(p -> out.add(p.path("answer").asText() + "=" + p.path("count").asInt()));
    return out;
  }

  @Test
  void theTextReportAndTheGradebookShowTheSameFigures() throws Exception {
    Path csv = dir.resolve("gradebook.csv");
    CliRun r = run("", "class", "report", quizFile.toString(), "--results", results.toString(), "--csv", csv.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(
        "Class: mean 60%, median 62.5%, lowest 0%, highest 100%",
        "   1  multiple_choice     80.0%      4.0%        0  On what date",
        "   2  true_false          70.0%     69.0%        0  True or false",
        "   4  multi_select        40.0%     68.8%        3  Which countries",
        "  80–89%   |###### 6",
        "  70–79%   |###    3",
        "  Q4  \"Russia\" ×12, \"China\" ×6   (answer: \"Britain, France\")");
    String gradebook = Files.readString(csv);
    assertThat(gradebook.lines().count()).isEqualTo(31);
    assertThat(gradebook).contains("Zoë O'Brien/Smith,s-1,4,100,1,1,1,1\r\n", "Student 7,s-7,3.5,87.5,1,1,1,0.5\r\n");
  }

  @Test
  void namesWithSpacesAccentsAndASlashAreStoredSafely() throws Exception {
    List<String> files;
    try (Stream<Path> s = Files.list(results.resolve("K7QF3M"))) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(files).hasSize(30).allSatisfy(f -> assertThat(f).matches("[a-z0-9-]+\\.json"));
    String zoe = students.get(0).fileName();
    assertThat(zoe).startsWith("zoe-o-brien-smith-");
    assertThat(Files.readString(results.resolve("K7QF3M").resolve(zoe))).contains("\"name\" : \"Zoë O'Brien/Smith\"");
    assertThat(Files.exists(results.resolve("K7QF3M").resolve("jose-da-silva-" + students.get(1).fileName().substring(14)))).isTrue();
  }

  @Test
  void aSecondAttemptIsRefusedWithRetakesOffEvenOnAnotherComputer() throws Exception {
    Student ana = students.get(2);
    String input = lines(ana, "March 17", "True", "Medvedev", "Britain", "France");
    CliRun again = run(input, "class", "take", quizFile.toString(), "--student", "ana maría lópez", "--id", ana.id(), "--results", results.toString());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).matches("factdrill: ana maría lópez already took quiz K7QF3M \\(handed in \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\); "
        + "this quiz allows one attempt\\. Ask your teacher if you need another\\.\n");
    // Another computer (an empty database) with the collected results folder: the file refuses it.
    Path before = home;
    home = dir.resolve("other-computer");
    try {
      CliRun elsewhere = run(input, "class", "take", quizFile.toString(), "--student", ana.name(), "--id", ana.id(), "--results", results.toString());
      assertThat(elsewhere.code()).isEqualTo(1);
      assertThat(elsewhere.err()).isEqualTo("factdrill: Ana María López already took quiz K7QF3M (the result is in "
          + results.resolve("K7QF3M").resolve(ana.fileName()) + "); this quiz allows one attempt. Ask your teacher if you need another.\n");
    } finally {
      home = before;
    }
  }

  @Test
  void anEditedResultFileIsRefusedByName() throws Exception {
    Path copy = dir.resolve("edited-results");
    Files.createDirectories(copy.resolve("K7QF3M"));
    try (Stream<Path> s = Files.list(results.resolve("K7QF3M"))) {
      for (Path f : s.toList()) Files.copy(f, copy.resolve("K7QF3M").resolve(f.getFileName()));
    }
    // A group D student turns a wrong answer into the right one by hand.
    Student d = students.get(18);
    Path file = copy.resolve("K7QF3M").resolve(d.fileName());
    String text = Files.readString(file);
    String edited = text.replace("\"choice\" : \"false\"", "\"choice\" : \"true\"");
    assertThat(edited).isNotEqualTo(text);
    Files.writeString(file, edited);
    Path teacherElsewhere = dir.resolve("empty-home");
    Files.createDirectories(teacherElsewhere.resolve("class-keys"));
    Files.copy(home.resolve("class-keys/K7QF3M.json"), teacherElsewhere.resolve("class-keys/K7QF3M.json"));
    CliRun r = run("", "class", "report", quizFile.toString(), "--results", copy.toString(), "--home", teacherElsewhere.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("factdrill: refused " + file + ": the file was changed after it was written (its seal does not match)\n");
    assertThat(r.out()).contains("29 students");

    // On the computer the student took it on, the database still holds the untouched result: it counts.
    CliRun here = run("", "class", "report", quizFile.toString(), "--results", copy.toString());
    assertThat(here.code()).isEqualTo(1);
    assertThat(here.err()).startsWith("factdrill: refused " + file + ": the file was changed after it was written (its seal does not match);"
        + " the untouched result of the attempt it claims to be (" + d.label() + ") is counted instead\n");
    assertThat(here.out()).contains("30 students");
  }
}
