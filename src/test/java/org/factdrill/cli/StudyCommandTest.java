package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.factdrill.bank.QuestionBank;
import org.factdrill.testing.TestBanks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `factdrill study` in plain mode, run as a person would, with FACTDRILL_NOW moving the days on. */
class StudyCommandTest {
  @TempDir Path dir;

  static final String DAY1 = "2026-03-02T09:00:00Z";

  /** Questions answered by typing their answer's text, whatever order the choices come in. */
  static QuestionBank typedBank() {
    return TestBanks.bank("libya-typed", "Libya, typed", List.of(TestBanks.WHO_ASKED, TestBanks.RESOLUTION, TestBanks.COMMAND_TRUE,
        TestBanks.VISIT_FALSE));
  }

  CliRun study(String now, String input, Path bank, String... more) {
    var args = new java.util.ArrayList<>(List.of("--home", dir.resolve("home").toString(), "study", bank.toString(), "--user", "kim"));
    args.addAll(List.of(more));
    return CliRun.of(input, Map.of("FACTDRILL_NOW", now), args.toArray(String[]::new));
  }

  static String answers(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void newQuestionsToday_nothingMoreToday_andTheyComeBackWhenDue() {
    Path bank = TestBanks.write(dir.resolve("banks"), typedBank());
    CliRun first = study(DAY1, answers("Medvedev", "1973", "true"), bank, "--new", "3");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("Study for kim: 0 due, 3 new.")
        .contains("Question 1 of 3")
        .contains("Correct.")
        .contains("Rated Easy (right in under")
        .contains("Study session finished: 0 reviews, 3 new; 3 of 3 right.")
        .contains("Next review: ");

    CliRun sameDay = study("2026-03-02T18:00:00Z", "", bank, "--new", "3");
    assertThat(sameDay.code()).isZero();
    assertThat(sameDay.out()).contains("Nothing to study now for kim. Next review:").contains("Today's new questions are done");

    CliRun later = study("2026-04-20T09:00:00Z", answers(":quit"), bank, "--new", "3");
    assertThat(later.code()).as(later.err()).isZero();
    assertThat(later.out()).contains("Study for kim: 3 due, 1 new.").contains("Study session left: 0 reviews, 0 new")
        .contains("4 of today's questions are still waiting").contains("Next review: ").contains("(now)");
  }

  @Test
  void aWrongAnswerComesBackAfterItsStepAndARatingCanBeChanged() {
    Path bank = TestBanks.write(dir.resolve("banks"), typedBank());
    CliRun first = study(DAY1, answers("Putin", ":hard", "1973", ":again"), bank, "--new", "2");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("Wrong.")
        .contains("Rated Again (wrong): back in 1 minute.")
        .contains("Rating changed to Hard: back in 6 minutes.")
        .contains("Rating changed to Again: back in 1 minute.");

    // Both back after their steps (6 and 1 minutes), the one due first asked first.
    CliRun soon = study("2026-03-02T09:10:00Z", answers("1973", "Medvedev"), bank, "--new", "2");
    assertThat(soon.out()).contains("Study for kim: 2 due, 0 new.").contains("Study session finished: 2 reviews, 0 new; 2 of 2 right.");
    assertThat(soon.out().indexOf("Resolution ____")).isLessThan(soon.out().indexOf("Which Russian president"));
  }

  @Test
  void aBadClockIsAUsageErrorAndAClockGoneBackIsSaidAndHarmless() {
    Path bank = TestBanks.write(dir.resolve("banks"), typedBank());
    CliRun bad = study("yesterday", "", bank);
    assertThat(bad.code()).isEqualTo(Main.USAGE);
    assertThat(bad.err()).contains("FACTDRILL_NOW must be an ISO-8601 instant").doesNotContain("Exception");

    assertThat(study(DAY1, answers("Medvedev"), bank, "--new", "1").code()).isZero();
    CliRun back = study("2026-03-01T09:00:00Z", answers(":quit"), bank, "--new", "1");
    assertThat(back.code()).as(back.err()).isZero();
    assertThat(back.err()).contains("1 question was last reviewed after the time now").contains("nothing is lost");
  }

  @Test
  void aBankRemovedLeavesItsCardsDormantAndTheyReturnWithIt() throws Exception {
    Path bank = TestBanks.write(dir.resolve("banks"), typedBank());
    assertThat(study(DAY1, answers("Medvedev", "1973"), bank, "--new", "2").code()).isZero();
    Path other = TestBanks.write(dir.resolve("other"), TestBanks.bank("other", "Other", List.of(TestBanks.MINISTER)));
    CliRun without = study("2026-05-01T09:00:00Z", answers(":quit"), other);
    assertThat(without.code()).isZero();
    assertThat(without.err()).contains("2 questions you studied are in none of the banks loaded; their progress is kept");
    CliRun back = study("2026-05-01T09:10:00Z", answers(":quit"), bank);
    assertThat(back.out()).contains("Study for kim: 2 due");
    assertThat(count("SELECT count(*) FROM study_card")).isEqualTo(2);
  }

  @Test
  void aDamagedCardIsNamedLeftAloneAndTheRestIsStudied() throws Exception {
    Path bank = TestBanks.write(dir.resolve("banks"), typedBank());
    assertThat(study(DAY1, answers("Medvedev", "1973"), bank, "--new", "2").code()).isZero();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("home/factdrill.db"));
        Statement s = db.createStatement()) {
      s.executeUpdate("UPDATE study_card SET stability = 'oops' WHERE question_id = 'q-00000002'");
    }
    CliRun r = study("2026-05-01T09:00:00Z", answers(":quit"), bank);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("warning: the saved study state of question q-00000002 (bank libya-typed): stability is not a number: oops")
        .contains("left as it is").doesNotContain("Exception");
    assertThat(r.out()).contains("Study for kim: 1 due");
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("home/factdrill.db"));
        Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT stability FROM study_card WHERE question_id = 'q-00000002'")) {
      rs.next();
      assertThat(rs.getString(1)).as("the damaged row is kept as it was").isEqualTo("oops");
    }
  }

  @Test
  void statsShowTheForecastRetentionAndStatesAsTextAndJson() throws Exception {
    Path bank = TestBanks.write(dir.resolve("banks"), typedBank());
    assertThat(study(DAY1, answers("Putin", "1973", "true"), bank, "--new", "3").code()).isZero();
    var env = Map.of("FACTDRILL_NOW", "2026-03-02T09:30:00Z");
    CliRun text = CliRun.of("", env, "--home", dir.resolve("home").toString(), "stats", "--user", "kim");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("Due in the next days").contains("today        1 █").contains("Retention: no reviews of learned questions yet")
        .contains("1 learning, 2 review, 0 relearning.");
    CliRun json = CliRun.of("", env, "--home", dir.resolve("home").toString(), "stats", "--user", "kim", "--json");
    var study = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).path("study");
    assertThat(study.path("forecast")).hasSize(8);
    assertThat(study.path("forecast").get(0).path("day").asText()).isEqualTo("2026-03-02");
    assertThat(study.path("forecast").get(0).path("due").asInt()).isEqualTo(1);
    assertThat(study.path("states").path("learning").asInt()).isEqualTo(1);
    assertThat(study.path("states").path("review").asInt()).isEqualTo(2);
    assertThat(study.path("retention").path("target").asDouble()).isEqualTo(0.9);

    // A damaged row of the review log is named in a warning and left out; stats still work.
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("home/factdrill.db")); Statement s = db.createStatement()) {
      s.executeUpdate("UPDATE study_review SET rating = 'x' WHERE id = 1");
    }
    CliRun damaged = CliRun.of("", env, "--home", dir.resolve("home").toString(), "stats", "--user", "kim");
    assertThat(damaged.code()).isZero();
    assertThat(damaged.err()).contains("warning: 1 row of the review log cannot be read (damaged)").doesNotContain("Exception");
    assertThat(damaged.out()).contains("Due in the next days");
  }

  @Test
  void aSecondSessionOfTheSameLearnerIsToldAndBothAreSaved() throws Exception {
    Path bank = TestBanks.write(dir.resolve("banks"), typedBank());
    assertThat(study(DAY1, answers(":quit"), bank).code()).isZero();
    // Another window holds kim's study lock (the file the first session made).
    Path lockFile;
    try (var files = java.nio.file.Files.list(dir.resolve("home"))) {
      lockFile = files.filter(p -> p.getFileName().toString().startsWith("study-")).findFirst().orElseThrow();
    }
    try (var other = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.WRITE); var held = other.lock()) {
      CliRun second = study(DAY1, answers("Medvedev"), bank, "--max", "1");
      assertThat(second.code()).as(second.err()).isZero();
      assertThat(second.err()).contains("another study session for kim is open (another window?). Both are saved");
      assertThat(second.out()).contains("Study session finished: 0 reviews, 1 new; 1 of 1 right.");
    }
    assertThat(count("SELECT count(*) FROM study_review")).isEqualTo(1);
    assertThat(study(DAY1, answers(":quit"), bank).err()).doesNotContain("another study session");
  }

  @Test
  void badOptionsAreUsageErrors() {
    Path bank = TestBanks.write(dir.resolve("banks"), typedBank());
    assertThat(study(DAY1, "", bank, "--new", "-1").err()).contains("--new must be 0 or more");
    assertThat(study(DAY1, "", bank, "--max", "0").code()).isEqualTo(Main.USAGE);
    assertThat(study(DAY1, "", bank, "--retention", "1.5").err()).contains("--retention must be between 0.7 and 0.97");
  }

  private int count(String sql) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("home/factdrill.db"));
        Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
