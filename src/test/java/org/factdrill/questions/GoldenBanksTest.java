package org.factdrill.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factdrill.bank.BankCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each article under src/test/resources/org/factdrill/golden/NAME.txt (the seed, two
 * public-domain VOA articles, and articles written for the project, see ARTICLES.md there) has its
 * bank NAME.bank.json beside it, reviewed by eye. Run with -Dfactdrill.golden.update=true to rewrite them
 * (then read the diff before committing).
 */
class GoldenBanksTest {

  static Path goldenDir() {
    return Path.of(System.getProperty("factdrill.projectDir", ".")).resolve("src/test/resources/org/factdrill/golden");
  }

  static Stream<String> articles() throws IOException {
    try (Stream<Path> files = Files.list(goldenDir())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void bankMatchesItsGoldenFile(String article) throws IOException {
    String name = article.substring(0, article.length() - ".txt".length());
    String text = Files.readString(goldenDir().resolve(article), StandardCharsets.UTF_8);
    String actual = BankCodec.write(BankMaker.make(text, "golden/" + article, "0".repeat(64), BankMaker.DEFAULT_SEED));
    Path golden = goldenDir().resolve(name + ".bank.json");
    if (Boolean.getBoolean("factdrill.golden.update")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
    assertThat(golden).as("golden file for " + article).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void everyGoldenFileHasItsArticle() throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(goldenDir())) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    for (String n : names) {
      if (n.endsWith(".bank.json")) assertThat(names).as("article for " + n).contains(n.replace(".bank.json", ".txt"));
      else if (!n.equals("ARTICLES.md")) assertThat(n).endsWith(".txt");
    }
    assertThat(names.stream().filter(n -> n.endsWith(".txt")).count()).isGreaterThanOrEqualTo(3);
  }
}
