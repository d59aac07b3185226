package org.factdrill.questions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.factdrill.article.CleanUp;
import org.factdrill.article.Regex;
import org.factdrill.bank.QuestionBank;
import org.factdrill.facts.Entity;
import org.factdrill.facts.Facts;
import org.factdrill.facts.Kind;
import org.factdrill.nlp.AnalysedArticle;
import org.factdrill.nlp.Pipeline;
import org.factdrill.nlp.Sentence;

/**
 * Article text to a question bank: clean-up, language analysis, facts, questions. The bank's id
 * and title come from the headline, else from the names the article is most about.
 */
public final class BankMaker {
  /** The seed `factdrill generate` uses unless told otherwise; question-banks/ is made with it. */
  public static final long DEFAULT_SEED = 1;

  private BankMaker() {}

  public static QuestionBank make(String articleText, String path, String sha256, long seed) {
    CleanUp.Cleaned cleaned = CleanUp.clean(articleText);
    AnalysedArticle article = Pipeline.get().analyse(cleaned.headline(), cleaned.paragraphs());
    return make(article, path, sha256, seed);
  }

  public static QuestionBank make(AnalysedArticle article, String path, String sha256, long seed) {
    Facts facts = Facts.of(article);
    List<Question> questions = QuestionGenerator.generate(facts, seed);
    String title = title(article, facts);
    var sentences = new ArrayList<String>();
    for (Sentence s : article.sentences()) sentences.add(s.text());
    return new QuestionBank(slug(title, sha256), title, new QuestionBank.ArticleRef(path, sha256, sentences), questions);
  }

  /** The headline; without one, the three names the article is most about ("Medvedev, Ban and Libya"). */
  static String title(AnalysedArticle article, Facts facts) {
    if (article.headline() != null) return article.headline().text();
    var ranked = new ArrayList<>(facts.entities().all());
    ranked.sort(Comparator.comparingDouble(Entity::salience).reversed());
    var names = new ArrayList<String>();
    for (Entity e : ranked) {
      if (names.size() == 3) break;
      String n = e.kind() == Kind.PERSON && e.name().contains(" ") ? e.name().substring(e.name().lastIndexOf(' ') + 1) : e.name();
      if (!names.contains(n)) names.add(n);
    }
    if (names.isEmpty()) {
      String first = article.sentences().isEmpty() ? "Untitled article" : article.sentences().get(0).text();
      return first.length() > 60 ? first.substring(0, Math.max(1, first.lastIndexOf(' ', 60))) + "..." : first;
    }
    if (names.size() == 1) return names.get(0);
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /** A file-name-safe id from the title: at most six words, lower case, hyphens. */
  static String slug(String title, String sha256) {
    String ascii = Regex.replaceAll(Normalizer.normalize(title, Normalizer.Form.NFD), "\\p{M}", "");
    String[] words = Regex.split(ascii.toLowerCase(Locale.ROOT).replace("'", ""), "[^a-z0-9]+");
    var kept = new ArrayList<String>();
    for (String w : words) {
      if (w.isEmpty() || kept.isEmpty() && Regex.matches(w, "the|a|an")) continue;
      kept.add(w);
      if (kept.size() == 6) break;
    }
    if (kept.isEmpty()) return "article-" + sha256.substring(0, Math.min(8, sha256.length()));
    return String.join("-", kept);
  }
}
