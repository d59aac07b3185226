package org.factdrill.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class GazetteersTest {

  @Test
  void anEntryOfRegularExpressionsBecomesOneEntryASpelling() {
    assertThat(Gazetteers.rewrite("Calif\\.?\tSTATE_OR_PROVINCE\tLOCATION\t1"))
        .containsExactly("( \"Calif.\" )\tSTATE_OR_PROVINCE\tLOCATION\t1", "Calif\tSTATE_OR_PROVINCE\tLOCATION\t1");
    assertThat(Gazetteers.rewrite("V[tT]\tSTATE_OR_PROVINCE\tLOCATION\t1"))
        .containsExactly("Vt\tSTATE_OR_PROVINCE\tLOCATION\t1", "VT\tSTATE_OR_PROVINCE\tLOCATION\t1");
    assertThat(Gazetteers.rewrite("tech\\. sgt\\.\tTITLE\tMISC\t1")).containsExactly("( \"tech.\" \"sgt.\" )\tTITLE\tMISC\t1");
  }

  @Test
  void anEntryWithAWordSpelledOutIsFoundByItAlready() {
    assertThat(Gazetteers.rewrite("gunnery sgt\\.\tTITLE\tMISC\t1")).containsExactly("gunnery sgt\\.\tTITLE\tMISC\t1");
    assertThat(Gazetteers.rewrite("new york\tCITY\tLOCATION\t1")).containsExactly("new york\tCITY\tLOCATION\t1");
  }

  @Test
  void anEntryThatIsNoShortListOfSpellingsStaysAsItIs() {
    for (String line : List.of("secretary-of-.*\tTITLE\tMISC\t1", "@[A-Za-z_][a-zA-Z_0-9]*\tHANDLE\tMISC\t1",
        "[a-z]\\w+\\.?\tCITY\tLOCATION\t1")) {
      assertThat(Gazetteers.rewrite(line)).containsExactly(line);
    }
    assertThat(Gazetteers.spellings("a?")).isNull(); // a spelling that may be empty is no word
  }

  /**
   * The point of the rewriting: the same tags as CoreNLP's own files, on a text made to hit the
   * rewritten entries (US states and titles written with full stops).
   */
  @Test
  void theRewrittenGazetteersTagAsCoreNlpsOwnFiles() {
    assertThat(Gazetteers.mapping()).as("the rewritten files are in use").isPresent();
    String text = "Tom Hale, a retired tech. sgt. from Calif., moved to Albany, N.Y., in 2019 and joined the staff of Rep. Amina Wekesa. "
        + "He later worked in Tallahassee, Fla., and in Ala. for Harbour Rail, where a staff-sgt. ran the depot in Vt.";
    List<String> ours = Analysed.body(text).sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::ner).toList();

    Properties p = Pipeline.properties();
    p.remove("ner.fine.regexner.mapping");
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    CoreDocument d = new CoreDocument(text);
    new StanfordCoreNLP(p).annotate(d);
    List<String> theirs = d.tokens().stream().map(CoreLabel::ner).toList();

    assertThat(ours).isEqualTo(theirs);
    assertThat(ours).contains("STATE_OR_PROVINCE", "TITLE", "CITY");
    assertThat(ours.stream().filter("STATE_OR_PROVINCE"::equals).count()).isEqualTo(5);
  }
}
