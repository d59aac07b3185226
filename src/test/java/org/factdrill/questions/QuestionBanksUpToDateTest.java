package org.factdrill.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factdrill.article.ArticleException;
import org.factdrill.article.ArticleFile;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.QuestionBank;
import org.junit.jupiter.api.Test;

/**
 * question-banks/ holds exactly the banks `factdrill generate seeds/ -o question-banks` makes (default seed), byte for
 * byte. When this fails, run `./factdrill generate seeds/ -o question-banks` and commit the result.
 */
class QuestionBanksUpToDateTest {

  @Test
  void questionBanksAreRegeneratedFromSeeds() throws IOException, ArticleException {
    Path project = Path.of(System.getProperty("factdrill.projectDir", "."));
    List<Path> seeds;
    try (Stream<Path> s = Files.list(project.resolve("seeds"))) {
      seeds = s.filter(ArticleFile::isArticle).sorted().toList();
    }
    assertThat(seeds).isNotEmpty();
    var expected = new ArrayList<String>();
    for (Path seed : seeds) {
      ArticleFile.Loaded loaded = ArticleFile.load(seed);
      QuestionBank bank = BankMaker.make(loaded.text(), "seeds/" + seed.getFileName(), loaded.sha256(), BankMaker.DEFAULT_SEED);
      Path file = project.resolve("question-banks").resolve(bank.id() + ".json");
      expected.add(file.getFileName().toString());
      assertThat(file).as("bank for " + seed.getFileName() + " (run ./factdrill generate seeds/ -o question-banks)").exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file + " is stale: run ./factdrill generate seeds/ -o question-banks")
          .isEqualTo(BankCodec.write(bank));
    }
    try (Stream<Path> banks = Files.list(project.resolve("question-banks"))) {
      assertThat(banks.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList())
          .as("question-banks/ holds only banks made from seeds/").containsExactlyInAnyOrderElementsOf(expected);
    }
  }
}
