package org.factdrill.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdrill.bank.BankCodec;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.factdrill.questions.TrueFalse;

/**
 * Small hand-made banks about the seed article (the generated seed bank arrives later): every
 * question type, with accepted forms, so quiz tests do not depend on the generator.
 */
public final class TestBanks {
  private TestBanks() {}

  static final Source S0 = new Source(0, "Strongly taking up the issue of NATO ‘overstepping’ the UN mandate in Libya,Russian President "
      + "Dmitry Medvedev today asked Secretary General Ban Ki moon to seek strict observance of Security Council resolutions.");
  static final Source S1 = new Source(1, "Russian Foreign Minister Sergei Lavrov told reporters after the meeting at Medvedev’s "
      + "countryside Gorki retreat near here.");
  static final Source S4 = new Source(4, "Ban is on a three-day Russia visit,during which he also had parleys with Lavrov.");
  static final Source S7 = new Source(7, "On March 17,the UN Security Council adopted Resolution 1973,imposing a no- fly zone on Libya.");
  static final Source S8 = new Source(8, "Two days later Britain,France,the US,Canada and Belgium launched a military operation there. "
      + "On March 31 the Libya command was transferred to NATO.");

  public static final MultipleChoice WHEN_ADOPTED = new MultipleChoice("q-00000001",
      "On what date did the UN Security Council adopt Resolution 1973?", "March 17",
      List.of("March 17", "March 19", "March 31", "April 1"), List.of("17 March"), "date", S7);
  public static final ShortAnswer WHO_ASKED = new ShortAnswer("q-00000002",
      "Which Russian president asked Ban Ki-moon to seek strict observance of Security Council resolutions?",
      "Dmitry Medvedev", List.of("Medvedev"), "person", S0);
  public static final ShortAnswer RESOLUTION = new ShortAnswer("q-00000003",
      "On March 17, the UN Security Council adopted Resolution ____.", "1973", List.of(), "document", S7);
  public static final TrueFalse COMMAND_TRUE = new TrueFalse("q-00000004",
      "True or false: on March 31 the Libya command was transferred to NATO.", true, "organization", S8);
  public static final TrueFalse VISIT_FALSE = new TrueFalse("q-00000005",
      "True or false: Ban was on a five-day Russia visit.", false, "number", S4);
  public static final MultiSelect LAUNCHERS = new MultiSelect("q-00000006",
      "Which countries launched the military operation two days later? (choose all that apply)",
      List.of("Britain", "France", "Canada"), List.of("Britain", "France", "Canada", "Germany", "Italy"), "country", S8);
  public static final Ordering EVENTS = new Ordering("q-00000007",
      "Put these events in the order they happened.",
      List.of("Resolution 1973 adopted", "Military operation launched", "Command transferred to NATO"), "event", S8);
  public static final Matching ROLES = new Matching("q-00000008", "Match each person with their role.",
      List.of(new Matching.Pair("Dmitry Medvedev", "Russian President"), new Matching.Pair("Sergei Lavrov", "Foreign Minister"),
          new Matching.Pair("Ban Ki-moon", "Secretary General")), "role", S1);
  public static final MultipleChoice WHO_SECRETARY = new MultipleChoice("q-00000009",
      "Who is the Secretary General of the UN?", "Ban Ki-moon",
      List.of("Ban Ki-moon", "Sergei Lavrov", "Dmitry Medvedev", "Kofi Annan"), List.of("Ban"), "person", S0);
  public static final ShortAnswer MINISTER = new ShortAnswer("q-0000000a",
      "Who is Russia's Foreign Minister?", "Sergei Lavrov", List.of("Lavrov"), "person", S1);
  public static final ShortAnswer TRANSFERRED_TO = new ShortAnswer("q-0000000b",
      "To which organisation was the Libya command transferred on March 31?", "NATO",
      List.of("North Atlantic Treaty Organization"), "organization", S8);
  public static final MultipleChoice VISIT_DAYS = new MultipleChoice("q-0000000c",
      "How many days was Ban's visit to Russia?", "three",
      List.of("three", "two", "five", "seven"), List.of("3"), "number", S4);

  public static List<Question> allQuestions() {
    return List.of(WHEN_ADOPTED, WHO_ASKED, RESOLUTION, COMMAND_TRUE, VISIT_FALSE, LAUNCHERS, EVENTS, ROLES,
        WHO_SECRETARY, MINISTER, TRANSFERRED_TO, VISIT_DAYS);
  }

  public static QuestionBank libya() {
    return bank("libya-small", "Russia, Ban Ki-moon and Resolution 1973", allQuestions());
  }

  public static QuestionBank bank(String id, String title, List<Question> questions) {
    return new QuestionBank(id, title, new QuestionBank.ArticleRef("seeds/000_d995f425960e1381.txt", "",
        List.of(S0.text(), S1.text(), "", "", S4.text(), "", "", S7.text(), S8.text())), questions);
  }

  /** Writes the bank as a file in {@code dir} and returns its path. */
  public static Path write(Path dir, QuestionBank bank) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(bank.id() + ".json");
      Files.writeString(file, BankCodec.write(bank), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
