package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShowCommandTest {
  private static final String SAMPLE = CliRun.GOLDEN.resolve("sample.bank.json").toString();
  private static final String HOSTILE = CliRun.GOLDEN.resolve("hostile.bank.json").toString();

  @Test
  void theTableListsEveryQuestionWithIdTypeKindAndAnswerWithinTheWidth() {
    for (int width : new int[] {60, 80, 132}) {
      CliRun r = CliRun.of("show", "--table", SAMPLE, HOSTILE, "--width", Integer.toString(width));
      assertThat(r.code()).isZero();
      assertThat(r.out().lines()).allSatisfy(line -> assertThat(QuestionTable.columns(line)).as(line).isLessThanOrEqualTo(width));
      assertThat(r.out()).contains("q-4afa402f  multiple_choice  date").contains("q-1ade75d3  true_false       country");
    }
    CliRun wide = CliRun.of("show", "--table", SAMPLE, "--width", "200");
    assertThat(wide.out()).contains("On what date did the UN Security Council adopt Resolution 1973?")
        .contains("9 questions: 2 multiple_choice, 1 multi_select, 2 short_answer, 2 true_false, 1 ordering, 1 matching");
  }

  @Test
  void wideCharactersCountTwoColumnsAndLongTextIsCut() {
    assertThat(QuestionTable.columns("🦆a")).isEqualTo(3);
    assertThat(QuestionTable.cut("abcdef", 4)).isEqualTo("abc…");
    assertThat(QuestionTable.cut("🦆🦆🦆", 4)).isEqualTo("🦆…");
  }

  @Test
  void takesTheWidthFromColumnsWhenNotATerminal() {
    var out = new java.io.ByteArrayOutputStream();
    int code = Main.run(new java.io.ByteArrayInputStream(new byte[0]), new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
        System.err, java.util.Map.of("COLUMNS", "70"), "show", SAMPLE);
    assertThat(code).isZero();
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines()).allSatisfy(l -> assertThat(QuestionTable.columns(l)).isLessThanOrEqualTo(70));
  }

  @Test
  void aTooNarrowWidthIsAUsageError() {
    CliRun r = CliRun.of("show", SAMPLE, "--width", "20");
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("factdrill: --width must be at least 60\n");
  }

  @Test
  void eachQuestionIsABlockWrappedToTheWidthWithNothingCut() throws Exception {
    var bank = org.factdrill.bank.BankCodec.read(java.nio.file.Files.readString(java.nio.file.Path.of(SAMPLE)), SAMPLE);
    for (int width : new int[] {60, 100}) {
      CliRun r = CliRun.of("show", SAMPLE, HOSTILE, "--width", Integer.toString(width));
      assertThat(r.code()).isZero();
      assertThat(r.out().lines()).allSatisfy(line -> assertThat(QuestionTable.columns(line)).as(line).isLessThanOrEqualTo(width));
      assertThat(r.out()).doesNotContain("…");
      // every word of every prompt and source sentence is there, whatever the wrapping
      String words = r.out().replaceAll("\\s+", " ");
      for (var q : bank.questions()) {
        assertThat(words).contains(QuestionTable.oneLine(q.prompt())).contains(QuestionTable.oneLine(q.source().text()))
            .contains("type " + q.type().wireName() + ", kind " + q.kind() + ", id " + q.id());
      }
    }
  }

  @Test
  void theRightChoicesAreMarkedAndTheOthersAreNot() {
    String out = CliRun.of("show", SAMPLE, "--width", "100").out();
    assertThat(out).contains("""
        1. On what date did the UN Security Council adopt Resolution 1973?
           ✓ a) March 17
             b) March 19
             c) March 31
             d) April 1
             Also accepted: 17 March
           type multiple_choice, kind date, id q-4afa402f
        """);
    assertThat(out).contains("✓ Answer: ");
  }

  @Test
  void aLongWordIsBrokenAcrossLinesNotCut() {
    String url = "https://example.org/" + "a".repeat(150);
    String wrapped = QuestionBlocks.wrap("see " + url + " now", 60, "1. ", "   ");
    assertThat(wrapped.lines()).allSatisfy(l -> assertThat(QuestionTable.columns(l)).isLessThanOrEqualTo(60));
    assertThat(wrapped.lines()).hasSizeGreaterThanOrEqualTo(3).first().isEqualTo("1. see");
    assertThat(wrapped.replaceAll("\\s+", "")).isEqualTo(("1. see " + url + " now").replace(" ", ""));
  }

  @Test
  void jsonGivesTheBanksAsTheirFilesHoldThem() throws Exception {
    CliRun r = CliRun.of("show", "--json", SAMPLE, HOSTILE);
    assertThat(r.code()).isZero();
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(tree.isArray()).isTrue();
    assertThat(tree.size()).isEqualTo(2);
    var sample = org.factdrill.bank.BankCodec.read(tree.get(0).toString(), "from show");
    assertThat(sample).isEqualTo(org.factdrill.bank.BankCodec.read(java.nio.file.Files.readString(java.nio.file.Path.of(SAMPLE)), SAMPLE));
  }
}
