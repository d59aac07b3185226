package org.factdrill.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void controlCharactersAreShownNotSentAndLineBreaksKept() {
    assertThat(TerminalText.clean("a\u001b]0;title\u0007b\nc\td\re\u009b31m\u007f"))
        .isEqualTo("a␛]0;title␇b\nc\td␍e\uFFFD31m␡");
    assertThat(TerminalText.clean("plain text, émoji 🎉")).isEqualTo("plain text, émoji 🎉");
  }

  @Test
  void aStyledLineKeepsItsStyles() {
    var line = new AttributedString("x\u001b[2Jy", AttributedStyle.BOLD);
    AttributedString clean = TerminalText.clean(line);
    assertThat(clean.toString()).isEqualTo("x␛[2Jy");
    assertThat(clean.styleAt(0)).isEqualTo(AttributedStyle.BOLD);
    assertThat(clean.styleAt(5)).isEqualTo(AttributedStyle.BOLD);
  }

  @Test
  void strippingRemovesWholeSequencesAtTheDoor() {
    assertThat(TerminalText.strip("Paris\u001b]52;c;ZXZpbA==\u0007 is\u001b[31m red\u001b[0m.\u0007\nNext\u001bc line\u001b]0;t\u001b\\"))
        .isEqualTo("Paris is red.\nNext line");
    assertThat(TerminalText.strip("tab\tand\nline")).isEqualTo("tab\tand\nline");
  }
}
