package org.factdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.factdrill.bank.BankCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), args);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  Path seed() {
    return Path.of(System.getProperty("factdrill.projectDir", ".")).resolve("seeds/000_d995f425960e1381.txt");
  }

  @Test
  void writesOneValidBankPerArticleAndSaysWhatItWrote() throws Exception {
    Path banks = dir.resolve("banks");
    assertThat(run("generate", seed().toString(), "-o", banks.toString())).isEqualTo(0);
    assertThat(out()).contains("000_d995f425960e1381.txt -> ").containsPattern("\\d+ questions \\(\\d+ [a-z_]+");
    try (Stream<Path> files = Files.list(banks)) {
      var all = files.toList();
      assertThat(all).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).endsWith(".json"));
      var bank = BankCodec.read(Files.readString(all.get(0)), all.get(0).toString());
      assertThat(bank.questions()).hasSizeGreaterThan(3);
    }
  }

  @Test
  void aFolderMeansEveryArticleInIt() throws Exception {
    Path articles = Files.createDirectory(dir.resolve("articles"));
    Files.copy(seed(), articles.resolve("a.txt"));
    Files.writeString(articles.resolve("b.html"), "<html><body><article><h1>Ban in Moscow</h1><p>"
        + Files.readString(seed()).replace("\n", "</p><p>") + "</p></article></body></html>");
    Files.writeString(articles.resolve("notes.md"), "not an article");
    assertThat(run("generate", articles.toString(), "-o", dir.resolve("out").toString())).isEqualTo(0);
    assertThat(out().lines()).hasSize(2);
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.count()).isEqualTo(2);
    }
  }

  @Test
  void sameArticleAndSeedGiveTheSameBytes() throws Exception {
    run("generate", seed().toString(), "-o", dir.resolve("one").toString(), "--seed", "5");
    run("generate", seed().toString(), "-o", dir.resolve("two").toString(), "--seed", "5");
    try (Stream<Path> one = Files.list(dir.resolve("one")); Stream<Path> two = Files.list(dir.resolve("two"))) {
      Path a = one.findFirst().orElseThrow();
      Path b = two.findFirst().orElseThrow();
      assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }
  }

  @Test
  void badInputGetsOneLineAndNoBank() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path out = dir.resolve("out");
    assertThat(run("generate", dir.resolve("missing.txt").toString(), empty.toString(), "-o", out.toString())).isEqualTo(1);
    assertThat(err()).contains("missing.txt: no such file").contains("empty.txt: the file is empty")
        .contains("all 2 articles failed; no bank was written").doesNotContain("Exception").doesNotContain("\tat ");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  @Test
  void anArticleWithoutFactsGivesAWarningAndAnEmptyBank() throws Exception {
    Path dull = Files.writeString(dir.resolve("dull.txt"), "it was fine.\nand then it rained a bit.\n");
    assertThat(run("generate", dull.toString(), "-o", dir.resolve("out").toString())).isEqualTo(0);
    assertThat(err()).contains("warning").contains("no question made").contains("the bank is empty");
    assertThat(out()).contains("0 questions");
  }

  @Test
  void anOutputThatIsNotAFolderIsAOneLineError() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertThat(run("generate", seed().toString(), "-o", file.toString())).isEqualTo(1);
    assertThat(err().strip()).isEqualTo("factdrill: " + file + ": not a folder");
  }

  @Test
  void noArticleNamedIsAUsageError() {
    assertThat(run("generate")).isEqualTo(2);
    assertThat(err()).contains("ARTICLE_OR_DIR");
  }

  @Test
  void withNoOutputBanksGoToTheUsersLibraryAndItSaysWhere() throws Exception {
    Path home = dir.resolve("home");
    assertThat(run("--home", home.toString(), "generate", seed().toString())).isEqualTo(0);
    Path library = home.resolve("banks");
    try (Stream<Path> files = Files.list(library)) {
      assertThat(files.toList()).singleElement().satisfies(p -> assertThat(out()).contains(seed() + " -> " + p + ": "));
    }
    assertThat(out()).endsWith("The bank is in your bank library, " + library + "; quiz, study, show and export use it when no bank is named: factdrill quiz\n");
    // and the command that reads banks finds it there with none named
    CliRun show = CliRun.of("", Map.of(), "--home", home.toString(), "show", "--table");
    assertThat(show.out()).contains("libya-un-and-russia");
  }
}
