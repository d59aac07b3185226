package org.factdrill.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.factdrill.bank.QuestionBank;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The automatic quality checks (DESIGN.md bar 1 to 5) over the seed article and all ten corpus
 * articles, plus properties every generated bank must have: enough questions, valid ids,
 * determinism, and ids that do not depend on the seed.
 */
class GeneratedBanksTest {

  static final List<String> ARTICLES = List.of(
      "golden/seed-000.txt",
      "corpus/voa-141-us-house-has-next-try-on-difficult-immigration-debate.txt",
      "corpus/voa-142-hundreds-of-immigrant-youth-continue-to-fight-for-a-daca-sol.txt",
      "corpus/voa-143-budget-bickering-shuts-down-parts-of-us-government-vote-set-.txt",
      "corpus/voa-144-house-passes-spending-measure-to-avert-shutdown-senate-debat.txt",
      "corpus/voa-145-iran-protests-revive-bitter-us-political-divides.txt",
      "corpus/voa-146-us-house-passes-resolution-condemning-ethnic-cleansing-of-ro.txt",
      "corpus/voa-147-congressional-movement-grows-to-save-daca-by-year-s-end.txt",
      "corpus/voa-148-undocumented-youths-wait-on-government-funding-battle-in-con.txt",
      "corpus/voa-149-pompeo-to-meet-with-top-n-korean-official-in-ny.txt",
      "corpus/voa-150-top-n-korean-official-heading-to-us-for-talks-on-summit.txt");

  static Stream<String> articles() {
    return ARTICLES.stream();
  }

  static String read(String resource) {
    try (InputStream in = GeneratedBanksTest.class.getResourceAsStream("/org/factdrill/" + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static QuestionBank bank(String resource, long seed) {
    return BankMaker.make(read(resource), resource, "0".repeat(64), seed);
  }

  @ParameterizedTest
  @MethodSource("articles")
  void everyQuestionPassesTheAutomaticChecks(String article) {
    QuestionBank bank = bank(article, BankMaker.DEFAULT_SEED);
    assertThat(QualityChecks.problems(bank.questions(), bank.article().sentences())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("articles")
  void everyArticleGivesAtLeastTenQuestionsOfSeveralTypes(String article) {
    QuestionBank bank = bank(article, BankMaker.DEFAULT_SEED);
    assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(bank.questions().stream().map(Question::type).distinct().count()).isGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest
  @MethodSource("articles")
  void multipleChoiceHasOneRightChoiceAndDistinctDistractors(String article) {
    for (Question q : bank(article, 7).questions()) {
      if (!(q instanceof MultipleChoice mc)) continue;
      assertThat(mc.choices()).as(mc.prompt()).hasSizeBetween(3, 4);
      for (String c : mc.choices()) {
        if (!c.equals(mc.answer())) assertThat(AnswerForms.sameAs(c, mc.answer(), mc.accept())).as(mc.prompt() + " / " + c).isFalse();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void theSameArticleAndSeedGiveTheSameBank(String article) {
    assertThat(bank(article, 3)).isEqualTo(bank(article, 3));
  }

  @ParameterizedTest
  @MethodSource("articles")
  void idsAreUniqueAndComeFromContentNotOrder(String article) {
    List<Question> questions = bank(article, 1).questions();
    assertThat(questions.stream().map(Question::id).distinct().count()).isEqualTo(questions.size());
    // dropping questions does not change the ids of the others
    var ids = new ArrayList<String>();
    for (Question q : questions) ids.add(QuestionIds.of(q.type().wireName(), q.prompt(), idAnswer(q)));
    assertThat(ids).containsExactlyElementsOf(questions.stream().map(Question::id).toList());
  }

  private static String idAnswer(Question q) {
    return switch (q.type()) {
      case MULTI_SELECT -> String.join(",", ((MultiSelect) q).answers());
      case ORDERING -> String.join("|", ((Ordering) q).answers());
      case MATCHING -> ((Matching) q).pairs().toString();
      default -> q.answerText();
    };
  }

  @ParameterizedTest
  @MethodSource("articles")
  void anotherSeedShufflesButAsksTheSameThings(String article) {
    var one = bank(article, 1).questions().stream().map(Question::prompt).filter(p -> !p.startsWith("True or false")).sorted().toList();
    var two = bank(article, 2).questions().stream().map(Question::prompt).filter(p -> !p.startsWith("True or false")).toList();
    assertThat(two).containsAnyElementsOf(one);
  }
}
