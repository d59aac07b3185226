package org.factdrill.questions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.factdrill.article.Article;
import org.factdrill.article.ArticleReader;
import org.factdrill.article.Regex;
import org.factdrill.bank.QuestionBank;
import org.factdrill.facts.Entity;
import org.factdrill.facts.EntityKind;
import org.factdrill.facts.FactFinder;
import org.factdrill.facts.Facts;

/** Article text to a question bank: the id and title come from the headline, else from the main names. */
public final class BankMaker {
  /** The seed `factdrill generate` uses unless told otherwise; question-banks/ is made with it. */
  public static final long DEFAULT_SEED = 1;

  private BankMaker() {}

  public static QuestionBank make(String articleText, String path, String sha256, long seed) {
    Article article = ArticleReader.read(articleText);
    Facts facts = FactFinder.find(article);
    List<Question> questions = QuestionGenerator.generate(facts, seed);
    String title = title(article, facts);
    return new QuestionBank(slug(title, sha256), title, new QuestionBank.ArticleRef(path, sha256, article.sentenceTexts()), questions);
  }

  /** The headline; without one, the three most mentioned names ("Medvedev, Ban and Libya"). */
  static String title(Article article, Facts facts) {
    if (article.headline() != null) return article.headline();
    var ranked = new ArrayList<Entity>();
    for (Entity e : facts.entities()) if (e.kind() != EntityKind.MEDIA) ranked.add(e);
    // people first (a headline names who), then the most mentioned places and organisations
    ranked.sort(Comparator.comparingInt((Entity e) -> e.kind() == EntityKind.PERSON && facts.mentionsOf(facts.entities().indexOf(e)).size() > 1 ? 0 : 1)
        .thenComparingInt(e -> -facts.mentionsOf(facts.entities().indexOf(e)).size())
        .thenComparingInt(e -> facts.entities().indexOf(e)));
    var chosen = new ArrayList<Entity>();
    int people = 0;
    for (Entity e : ranked) {
      if (chosen.size() == 3) break;
      if (e.kind() == EntityKind.PERSON && people == 2) continue;
      if (e.kind() == EntityKind.PERSON) people++;
      chosen.add(e);
    }
    var names = new ArrayList<String>();
    for (Entity e : chosen) {
      String n = e.name();
      if (e.kind() == EntityKind.PERSON && e.name().contains(" ")) {
        // people by surname, as headlines do (family name first for "Ban Ki-moon")
        String[] parts = n.split(" ");
        n = e.aliases().contains(parts[0]) ? parts[0] : parts[parts.length - 1];
      }
      names.add(n);
    }
    if (names.isEmpty()) {
      String first = article.sentences().isEmpty() ? "Untitled article" : article.sentences().get(0).text();
      return first.length() > 60 ? first.substring(0, first.lastIndexOf(' ', 60)) + "..." : first;
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
