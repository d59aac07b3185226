package org.factdrill.export;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Source;

/**
 * What an import fills in when the format has no room for it, chosen so the bank still passes the
 * bank schema and reads honestly in a quiz:
 *
 * <ul>
 *   <li>kind: {@value #KIND} (GIFT numerical questions: {@value #NUMBER_KIND});
 *   <li>source: sentence 0, text "No source sentence: imported from a FORMAT file.";
 *   <li>bank id: the file name as a slug ("My Quiz.gift" gives "my-quiz"), else {@value #BANK_ID};
 *   <li>bank title: the file name without its extension;
 *   <li>article: no path, no digest, no sentences (the article is not known).
 * </ul>
 */
public final class ImportDefaults {
  public static final String KIND = "unknown";
  public static final String NUMBER_KIND = "number";
  public static final String BANK_ID = "imported";

  private ImportDefaults() {}

  public static Source source(String formatName) {
    return new Source(0, "No source sentence: imported from a " + formatName + " file.");
  }

  public static String kind(String kind) {
    return kind == null || kind.isBlank() ? KIND : kind;
  }

  public static QuestionBank.ArticleRef article() {
    return new QuestionBank.ArticleRef("", "", List.of());
  }

  /** The file name without folders or extension. */
  public static String title(String fileName) {
    String name = fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** A bank id (lowercase ASCII words joined by '-') made from the file name. */
  public static String bankId(String fileName) {
    String ascii = Normalizer.normalize(title(fileName), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? BANK_ID : slug;
  }

  /** True when {@code id} may be a bank id (the schema's slug pattern). */
  public static boolean isBankId(String id) {
    return id != null && id.matches("[a-z0-9]+(-[a-z0-9]+)*");
  }

  /** True when {@code id} may be a question id (the schema's pattern). */
  public static boolean isQuestionId(String id) {
    return id != null && id.matches("q-[0-9a-f]{8}");
  }
}
