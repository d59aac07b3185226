package org.factdrill.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/**
 * {@link GreedyTagger} must give exactly the tags of OpenNLP's own greedy search (the generated
 * banks depend on every tag): checked sentence by sentence on the seed and corpus articles, and
 * feature by feature against the model's own context generator.
 */
class GreedyTaggerTest {
  private static final List<String> ARTICLES = List.of("golden/seed-000.txt",
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

  /** Every sentence of the test articles as tokens, as the reader makes them. */
  private static List<String[]> sentences() {
    Nlp nlp = Nlp.get();
    var out = new ArrayList<String[]>();
    for (String a : ARTICLES) {
      for (Sentence s : ArticleReader.read(read(a)).sentences()) {
        out.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
      }
    }
    // odd shapes too: one token, punctuation only, an unknown word, capitals, digits with signs
    out.add(new String[] {"Yes"});
    out.add(new String[] {"(", "...", ")", "!"});
    out.add(new String[] {"Zyxwvut", "QQQ-77", "$", "4.5", "bn", "--", "éclair", "ALL", "CAPS", "#1"});
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = GreedyTaggerTest.class.getResourceAsStream("/org/factdrill/" + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theBundledModelIsTaggedByTheFastTagger() {
    assertThat(Nlp.get().fastTagging()).isTrue();
  }

  private static PosModelFile bundledModel() {
    try (InputStream in = Nlp.class.getClassLoader().getResourceAsStream(Nlp.POS)) {
      return PosModelFile.read(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theModelFileIsReadAsOpenNlpReadsIt() {
    PosModelFile file = bundledModel();
    Object[] openNlp = ((AbstractModel) Nlp.get().posClassifier()).getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> expected = (Map<String, Context>) openNlp[1];
    assertThat(file.outcomes).containsExactly((String[]) openNlp[2]);
    assertThat(file.features).hasSize(expected.size()).hasSizeGreaterThan(30_000);
    for (var e : expected.entrySet()) {
      Context mine = file.features.get(e.getKey());
      assertThat(mine).as(e.getKey()).isNotNull();
      assertThat(mine.getOutcomes()).as(e.getKey()).containsExactly(e.getValue().getOutcomes());
      assertThat(mine.getParameters()).as(e.getKey()).containsExactly(e.getValue().getParameters());
    }
  }

  @Test
  void onlyAModelWithTheseFeaturesIsTaggedFast() {
    assertThat(GreedyTagger.layoutOf(bundledModel().descriptor)).isEqualTo(GreedyTagger.LAYOUT);
    assertThat(GreedyTagger.of(bundledModel())).isNotNull();
    // a model trained with a wider window has features this class does not build
    PosModelFile wider = bundledModel();
    wider.descriptor = new String(wider.descriptor, StandardCharsets.UTF_8)
        .replace("<int name=\"prevLength\">2</int>", "<int name=\"prevLength\">3</int>").getBytes(StandardCharsets.UTF_8);
    assertThat(GreedyTagger.of(wider)).isNull();
    // a tag dictionary limits the tags of some words; another factory may build other features
    PosModelFile withDictionary = bundledModel();
    withDictionary.tagDictionary = true;
    assertThat(GreedyTagger.of(withDictionary)).isNull();
    PosModelFile otherFactory = bundledModel();
    otherFactory.manifest.setProperty("factory", "org.example.OtherFactory");
    assertThat(GreedyTagger.of(otherFactory)).isNull();
  }

  @Test
  void tagsAreThoseOfOpenNlpsGreedySearch() {
    Nlp nlp = Nlp.get();
    List<String[]> sentences = sentences();
    assertThat(sentences).hasSizeGreaterThan(150);
    for (String[] tokens : sentences) {
      assertThat(nlp.tags(tokens)).as(String.join(" ", tokens)).containsExactly(nlp.greedyTags(tokens));
    }
  }

  @Test
  void featuresAreThoseOfTheModelsOwnGenerator() {
    Nlp nlp = Nlp.get();
    for (String[] tokens : sentences()) {
      String[] tags = nlp.greedyTags(tokens);
      for (int i = 0; i < tokens.length; i++) {
        assertThat(GreedyTagger.featureNames(i, tokens, tags)).as(tokens[i]).containsExactly(nlp.modelFeatures(i, tokens, tags));
      }
    }
  }
}
