package org.factdrill.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileTest {

  @TempDir Path dir;

  @Test
  void missingEmptyAndBinaryFilesAreRefusedInOneLine() throws Exception {
    assertThatThrownBy(() -> ArticleFile.load(dir.resolve("nope.txt"))).hasMessageEndingWith("nope.txt: no such file");
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    assertThatThrownBy(() -> ArticleFile.load(empty)).hasMessageEndingWith("empty.txt: the file is empty");
    Path binary = Files.write(dir.resolve("data.txt"), new byte[] {1, 2, 'x', 0, 0, 0, 13});
    assertThatThrownBy(() -> ArticleFile.load(binary)).hasMessageEndingWith("data.txt: not a text file (binary content)");
    Path image = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertThatThrownBy(() -> ArticleFile.load(image)).hasMessageEndingWith("image.txt: a PNG image, not an article; save the article as PDF, HTML or plain text");
  }

  @Test
  void aFileTooLargeForOneArticleIsRefused() throws Exception {
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[(int) ArticleFile.MAX_TEXT_BYTES + 1]);
    assertThatThrownBy(() -> ArticleFile.load(big)).hasMessageContaining("too large for one article").hasMessageContaining("1.0 MB");
  }

  @Test
  void latin1IsReadWithAWarning() throws Exception {
    Path latin = Files.write(dir.resolve("latin.txt"), "Fran\u00e7ois Hollande met Ban Ki-moon.".getBytes(StandardCharsets.ISO_8859_1));
    ArticleFile.Loaded loaded = ArticleFile.load(latin);
    assertThat(loaded.text()).isEqualTo("Fran\u00e7ois Hollande met Ban Ki-moon.");
    assertThat(loaded.warnings()).singleElement().asString().contains("not UTF-8");
  }

  @Test
  void htmlGivesItsHeadlineAndArticleParagraphs() throws Exception {
    Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>Site</title><script>var x=1;</script></head><body>"
        + "<nav><p>Home | World</p></nav><article><h1>Ban visits Moscow</h1><p>Ban is on a three-day visit.</p>"
        + "<p>He met Lavrov.</p></article><footer><p>Copyright</p></footer></body></html>");
    String text = ArticleFile.load(page).text();
    assertThat(text).isEqualTo("Ban visits Moscow\n\nBan is on a three-day visit.\nHe met Lavrov.\n");
  }

  @Test
  void theDigestIsOfTheBytes() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "abc");
    assertThat(ArticleFile.load(a).sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
