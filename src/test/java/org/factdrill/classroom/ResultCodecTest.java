package org.factdrill.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.factdrill.grading.Answer;
import org.junit.jupiter.api.Test;

/** The attacks of issue 13 on result files, each reproduced, and the answer the report now gives. */
class ResultCodecTest {

  static final Student ANA = new Student("Ana", "s01");
  static final Student BEN = new Student("Ben", "s02");
  static final Instant START = Instant.parse("2025-03-17T09:00:00Z");

  final ClassKey roster = ClassFixtures.key(ClassFixtures.quiz(), List.of(ANA, BEN));
  final ClassKey open = ClassFixtures.key(ClassFixtures.quiz(), List.of());

  HandedIn skipsAll(ClassKey key, Student s) {
    return ClassFixtures.handIn(key, s, "attempt-" + s.id(), START, List.of());
  }

  ResultCodec.Reading read(ClassKey key, String json) throws Exception {
    return ResultCodec.read(json, "r.json", ClassFixtures.expecting(key));
  }

  @Test
  void aResultSealedWithTheStudentsCodeIsReadBack() throws Exception {
    HandedIn h = ClassFixtures.handIn(roster, ANA, "a1", START, List.of(new Answer.Choice("March 17"), new Answer.Text("1973")));
    var reading = read(roster, ClassFixtures.sealed(roster, h));
    assertThat(reading).isEqualTo(new ResultCodec.Reading.Valid(h));
  }

  /**
   * The old attack: the seal's key came from the quiz file, so a student who skipped everything
   * edited the answers and sealed again. A student can still compute the seal without a code
   * (the paper is public): with a roster it does not match.
   */
  @Test
  void aResultReSealedWithoutThePersonalCodeIsRefused() throws Exception {
    HandedIn forged = ClassFixtures.handIn(roster, ANA, "a1", START, List.of(new Answer.Choice("March 17"), new Answer.Choice("1973")));
    String resealed = ResultCodec.write(forged, "");
    var reading = read(roster, resealed);
    assertThat(reading).isInstanceOf(ResultCodec.Reading.Refused.class);
    assertThat(((ResultCodec.Reading.Refused) reading).reason()).isEqualTo(
        "its seal does not match the personal code of Ana (s01) (handed in without their code, or changed after it was written)");
  }

  /** Ben hands in a result for Ana, sealed with the only code he knows, his own. */
  @Test
  void aResultForAnotherRosterStudentWithoutTheirCodeIsRefused() throws Exception {
    HandedIn forAna = skipsAll(roster, ANA);
    String sealedWithBensCode = ResultCodec.write(forAna, roster.codeOf(BEN));
    assertThat(read(roster, sealedWithBensCode)).isInstanceOf(ResultCodec.Reading.Refused.class);
    // With Ana's own code it would pass: the code is what proves who handed it in.
    assertThat(read(roster, ResultCodec.write(forAna, roster.codeOf(ANA)))).isInstanceOf(ResultCodec.Reading.Valid.class);
  }

  @Test
  void anIdNotOnTheRosterIsRefused() throws Exception {
    Student stranger = new Student("Eve", "s99");
    var reading = read(roster, ResultCodec.write(skipsAll(roster, stranger), "ABCD-EFGH"));
    assertThat(((ResultCodec.Reading.Refused) reading).reason()).isEqualTo("student id s99 (Eve) is not on the roster of quiz K7QF3M");
  }

  /** Without a roster the seal only catches a file changed by hand; the report says identities are self-declared. */
  @Test
  void withoutARosterAnEditedResultIsRefusedAndAnUntouchedOneRead() throws Exception {
    String json = ClassFixtures.sealed(open, ClassFixtures.handIn(open, ANA, "a1", START, List.of(new Answer.Choice("March 19"))));
    assertThat(read(open, json)).isInstanceOf(ResultCodec.Reading.Valid.class);
    String edited = json.replace("\"choice\" : \"March 19\"", "\"choice\" : \"March 17\"");
    assertThat(edited).isNotEqualTo(json);
    assertThat(((ResultCodec.Reading.Refused) read(open, edited)).reason()).isEqualTo("the file was changed after it was written (its seal does not match)");
  }

  /**
   * A result may claim a score, outcomes and "correct": true; the reading keeps only the answers
   * (and Marking grades them). Here the student sealed the claims properly with their own code.
   */
  @Test
  void claimedScoresAndVerdictsAreNotRead() throws Exception {
    HandedIn h = skipsAll(roster, ANA);
    ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(ClassFixtures.sealed(roster, h));
    tree.put("score", 7.0);
    tree.withArray("responses").forEach(r -> ((ObjectNode) r).put("outcome", "correct").put("score", 1.0).put("correct", true));
    String resealed = reseal(tree, roster.paperDigest(), roster.codeOf(ANA));
    var reading = (ResultCodec.Reading.Valid) read(roster, resealed);
    StudentResult graded = Marking.mark(roster.quiz(), reading.attempt());
    assertThat(graded.score()).isZero();
    assertThat(graded.correctCount()).isZero();
  }

  @Test
  void aResultForAnotherVersionOfThePaperOrAnotherQuizIsTold() throws Exception {
    var other = ClassFixtures.key(new ClassQuiz("K7QF3M", "Libya, again", ClassFixtures.CREATED, ClassSettings.defaults(),
        ClassFixtures.ALL), List.of());
    String json = ClassFixtures.sealed(other, skipsAll(other, ANA));
    assertThat(((ResultCodec.Reading.Refused) read(open, json)).reason())
        .isEqualTo("made for another version of quiz K7QF3M (different questions or settings)");
    var elsewhere = ClassFixtures.key(new ClassQuiz("ABCDEF", "Other", ClassFixtures.CREATED, ClassSettings.defaults(), ClassFixtures.ALL), List.of());
    assertThat(read(open, ClassFixtures.sealed(elsewhere, skipsAll(elsewhere, ANA)))).isEqualTo(new ResultCodec.Reading.OtherQuiz("ABCDEF", "Other"));
  }

  /** Results written by factdrill 1 for its quiz file still load: seal checked, claimed scores dropped, answers graded. */
  @Test
  void resultsOfTheFirstVersionAreReadForItsQuizAndRegraded() throws Exception {
    ClassQuiz v1 = ((PaperCodec.QuizFile.WithAnswers) PaperCodec.read(resource("v1/quiz.json"), "quiz.json")).quiz();
    var expecting = ResultCodec.Expecting.legacy(v1);
    var ana = (ResultCodec.Reading.Valid) ResultCodec.read(resource("v1/ana.json"), "ana.json", expecting);
    var ben = (ResultCodec.Reading.Valid) ResultCodec.read(resource("v1/ben.json"), "ben.json", expecting);
    // The scores factdrill 1 wrote in these files: Ana 0 of 4, Ben 2 of 4; grading their answers again agrees.
    assertThat(Marking.mark(v1, ana.attempt()).score()).isEqualTo(0.0);
    assertThat(Marking.mark(v1, ben.attempt()).score()).isEqualTo(2.0);
    String edited = resource("v1/ben.json").replace("\"choice\" : \"France\"", "\"choice\" : \"Russia\"");
    assertThat(ResultCodec.read(edited, "ben.json", expecting)).isInstanceOf(ResultCodec.Reading.Refused.class);
  }

  private String resource(String name) throws Exception {
    return new String(getClass().getResourceAsStream(name).readAllBytes(), StandardCharsets.UTF_8);
  }

  /** What a student who read the source would do: recompute the seal the way the codec does. */
  static String reseal(ObjectNode tree, String paperDigest, String code) throws Exception {
    tree.remove("seal");
    byte[] key = MessageDigest.getInstance("SHA-256").digest(("factdrill class result v2\u0000" + paperDigest + "\u0000" + code)
        .getBytes(StandardCharsets.UTF_8));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    tree.put("seal", "hmac-sha256:" + HexFormat.of().formatHex(mac.doFinal(Json.canonical(tree, "seal"))));
    return tree.toPrettyString();
  }
}
