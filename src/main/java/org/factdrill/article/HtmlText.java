package org.factdrill.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article in a saved web page: its headline (the first h1, else the title) on the first line,
 * then the paragraphs of the article body, one per line. Navigation, scripts, figures and asides
 * are left out.
 */
public final class HtmlText {
  private HtmlText() {}

  public static String articleText(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, nav, header nav, footer, aside, figure, figcaption, form, iframe, svg").remove();
    // bylines, captions, credits, share bars and "related" boxes are not the article's sentences
    doc.select("[class~=(?i)byline|caption|credit|related|share|social|meta|newsletter|promo|advert], [id~=(?i)related|share|comments]").remove();
    Element body = bodyOf(doc);
    var out = new StringBuilder();
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    String headline = h1 != null ? h1.text() : doc.title();
    if (headline != null && !headline.isBlank()) out.append(headline.strip()).append("\n\n");
    Elements paragraphs = body.select("p, li");
    if (paragraphs.isEmpty()) {
      out.append(body.wholeText().strip());
    } else {
      for (Element p : paragraphs) {
        if (p.tagName().equals("li") && p.selectFirst("p") != null) continue;
        String t = p.text().strip();
        // a short line that does not end like a sentence ("By Staff", "Advertisement") is page furniture
        if (t.isEmpty() || t.split(" ").length < 5 && !t.matches(".*[.!?\"]$")) continue;
        out.append(t).append('\n');
      }
    }
    return out.toString();
  }

  /** The element holding the article: article or main when present, else the one with most paragraph text. */
  private static Element bodyOf(Document doc) {
    Element article = doc.selectFirst("article");
    if (article != null && article.select("p").size() > 0) return article;
    Element main = doc.selectFirst("main, [role=main]");
    if (main != null && main.select("p").size() > 0) return main;
    Element best = doc.body() == null ? doc : doc.body();
    int bestLength = -1;
    for (Element e : doc.select("div, section")) {
      int length = 0;
      for (Element p : e.children()) if (p.tagName().equals("p")) length += p.text().length();
      if (length > bestLength) {
        bestLength = length;
        best = e;
      }
    }
    return bestLength > 200 ? best : (doc.body() == null ? doc : doc.body());
  }
}
