package org.factdrill.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.factdrill.article.CleanUp;

/**
 * Texts analysed by the one pipeline every test shares (its models load once per test run), each
 * text once: the analysis of a text is the same in every test that reads it.
 */
public final class Analysed {
  private static final Map<String, AnalysedArticle> CACHE = new ConcurrentHashMap<>();

  private Analysed() {}

  /** An article text (headline on the first line, when short), as `generate` analyses it. */
  public static AnalysedArticle article(String text) {
    return CACHE.computeIfAbsent(text, t -> {
      CleanUp.Cleaned c = CleanUp.clean(t);
      return Pipeline.get().analyse(c.headline(), c.paragraphs());
    });
  }

  /** A body of paragraphs with no headline. */
  public static AnalysedArticle body(String... paragraphs) {
    return CACHE.computeIfAbsent(String.join("\n\n", paragraphs) + "\u0000body", t -> Pipeline.get().analyse(null, List.of(paragraphs)));
  }

  /** One of the articles written for the tests (src/test/resources/org/factdrill/golden). */
  public static String text(String name) {
    try (InputStream in = Analysed.class.getResourceAsStream("/org/factdrill/golden/" + name)) {
      if (in == null) throw new IllegalArgumentException("no test article " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
