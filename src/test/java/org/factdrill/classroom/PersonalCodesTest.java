package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PersonalCodesTest {

  static final byte[] SECRET = ClassFixtures.SECRET;
  static final byte[] OTHER_SECRET = "another secret, thirty-two bytes".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aCodeIsEightCharactersWithoutLookAlikes() {
    String code = PersonalCodes.code(SECRET, "K7QF3M", "s01");
    assertThat(code).matches("[" + QuizCode.ALPHABET + "]{4}-[" + QuizCode.ALPHABET + "]{4}");
    assertThat(PersonalCodes.code(SECRET, "K7QF3M", "s01")).isEqualTo(code);
  }

  @Test
  void eachStudentQuizAndSecretHasItsOwnCode() {
    String code = PersonalCodes.code(SECRET, "K7QF3M", "s01");
    assertThat(PersonalCodes.code(SECRET, "K7QF3M", "s02")).isNotEqualTo(code);
    assertThat(PersonalCodes.code(SECRET, "ABCDEF", "s01")).isNotEqualTo(code);
    assertThat(PersonalCodes.code(OTHER_SECRET, "K7QF3M", "s01")).isNotEqualTo(code);
  }

  @Test
  void aCodeIsReadHoweverItIsTypedAndATypoIsCaught() {
    String code = PersonalCodes.code(SECRET, "K7QF3M", "s01");
    String typed = code.toLowerCase().replace("-", " ");
    assertThat(PersonalCodes.normalise(typed)).isEqualTo(code);
    String check = PersonalCodes.check("K7QF3M", "s01", code);
    // Of every one-character typo, almost all fail the check (one byte: 1 in 256 passes by chance).
    int passed = 0;
    int typos = 0;
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) == '-') continue;
      for (char c : QuizCode.ALPHABET.toCharArray()) {
        if (c == code.charAt(i)) continue;
        typos++;
        if (PersonalCodes.check("K7QF3M", "s01", code.substring(0, i) + c + code.substring(i + 1)).equals(check)) passed++;
      }
    }
    assertThat(typos).isEqualTo(8 * 30);
    assertThat(passed).isLessThanOrEqualTo(5);
  }
}
