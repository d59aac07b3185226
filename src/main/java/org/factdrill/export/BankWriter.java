package org.factdrill.export;

import java.util.List;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Question;

/**
 * One export format: turns a bank's chosen questions into the bytes of a file. Pure: no files, no
 * clock; each writer keeps its own escaping helper.
 */
public interface BankWriter {

  /** The name used with --format. */
  String name();

  /** The usual file extension, without the dot. */
  String extension();

  /**
   * True when the bytes are not text (zip, xlsx...): the command line then refuses to send them to
   * a terminal, where they would only garble the screen.
   */
  default boolean binary() {
    return false;
  }

  Export write(QuestionBank bank, List<Question> questions);

  /** The file's bytes, and the questions the format could not hold, each with the reason. */
  record Export(byte[] bytes, int written, List<Skipped> skipped) {
    public Export {
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * A question not written on its own, and why. {@code twinOf} names the question written in its
   * place when the file asks the very same question that way (a typed question whose prompt a
   * choice question of the bank asks, where the format holds only choices); otherwise null.
   */
  record Skipped(String questionId, String reason, String twinOf) {
    public Skipped(String questionId, String reason) {
      this(questionId, reason, null);
    }
  }
}
