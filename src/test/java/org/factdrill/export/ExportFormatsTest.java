package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ExportFormatsTest {

  @Test
  void findsAWriterByItsNameInAnyCase() {
    assertThat(ExportFormats.byName("gift")).isInstanceOf(GiftWriter.class);
    assertThat(ExportFormats.byName(" JSON ")).isInstanceOf(JsonWriter.class);
  }

  @Test
  void anUnknownFormatIsNamedWithEveryKnownOne() {
    assertThatThrownBy(() -> ExportFormats.byName("docx"))
        .isInstanceOf(UnknownFormatException.class)
        .hasMessageStartingWith("unknown format \"docx\"; known: ")
        .hasMessageContaining("json")
        .hasMessageContaining("gift")
        .satisfies(e -> ExportFormats.names().forEach(n -> assertThat(e.getMessage()).contains(n)));
  }

  @Test
  void namesAreUniqueAndLowercase() {
    assertThat(new HashSet<>(ExportFormats.names())).hasSameSizeAs(ExportFormats.names());
    ExportFormats.names().forEach(n -> assertThat(n).matches("[a-z0-9-]+"));
  }
}
