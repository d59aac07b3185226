package org.factdrill.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.TrueFalse;

/**
 * A question as Kahoot can hold it: a prompt and two to four answers, some of them right. Each
 * change asks the same thing the bank's question asks, and has exactly the right answers it has:
 *
 * <ul>
 *   <li>a typed answer gets as wrong choices up to three other answers of its kind in the bank (a
 *       date for a date, a person for a person, among them the people a person-office matching
 *       pairs) and of its shape (digits for digits), never one of its own accepted forms, one that
 *       contains it or is contained in it, or one the prompt names. Where the bank has one such
 *       answer, the question has two choices, as a Kahoot true/false has; where it has none, a gap
 *       sentence is asked as true or false with its answer put in the gap (a {@linkplain
 *       Choices#fallback fallback}: the same fact, asked by recognition rather than recall);
 *   <li>a select-all question with more than three right answers shows three of them and a wrong one;
 *   <li>an ordering of events in time ("in the order they happened") asks which of them happened first;
 *   <li>a matching question asks which of four pairings is right: one pair of the answer and three
 *       that join a left item to another item's right side, which is therefore wrong.
 * </ul>
 *
 * Wrong answers beyond the four shown are kept as spares, for one that proves too long for Kahoot.
 * Which wrong choices are used and where the right one stands come from the question id alone, so
 * the same bank always gives the same sheet.
 */
final class KahootChoices {
  private KahootChoices() {}

  /** Kahoot holds at most four answers. */
  static final int MAX_ANSWERS = 4;
  static final String PAIRING = " → ";
  /** An ordering in time, whose first item is the earliest: the generator's "in the order they happened". */
  private static final Pattern EARLIEST_FIRST =
      Pattern.compile("\\b(earliest first|in the order (they|it) happened)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * The question for the sheet, or the reason it is skipped. {@code fallback} marks a question asked
   * more loosely than the bank asks it (a typed gap as true or false), which the sheet holds only
   * when no other question asks its fact.
   */
  record Choices(String prompt, List<String> answers, List<String> correct, List<String> spare, String skipReason,
      boolean fallback) {
    Choices(String prompt, List<String> answers, List<String> correct, List<String> spare, String skipReason) {
      this(prompt, answers, correct, spare, skipReason, false);
    }

    static Choices skip(String reason) {
      return new Choices(null, List.of(), List.of(), List.of(), reason);
    }
  }

  /** A gap sentence's instruction, which a statement made of the sentence leaves out. */
  private static final Pattern SENTENCE_INSTRUCTION = Pattern.compile("^Complete the sentence:\\s*");

  static Choices of(Question q, QuestionBank bank) {
    return q.visit(new Question.Visitor<Choices>() {
      @Override
      public Choices multipleChoice(MultipleChoice mc) {
        var shown = new ArrayList<String>();
        var spare = new ArrayList<String>();
        for (String c : mc.choices()) {
          if (c.equals(mc.answer()) || wrongIn(shown, List.of(mc.answer())) < MAX_ANSWERS - 1) shown.add(c);
          else spare.add(c);
        }
        return new Choices(mc.prompt(), shown, List.of(mc.answer()), spare, null);
      }

      @Override
      public Choices multiSelect(MultiSelect ms) {
        int right = Math.min(ms.answers().size(), MAX_ANSWERS - 1);
        var shown = new ArrayList<String>();
        var spare = new ArrayList<String>();
        int rightShown = 0;
        for (String c : ms.choices()) {
          if (ms.isCorrect(c)) {
            if (rightShown < right) {
              shown.add(c);
              rightShown++;
            }
          } else if (shown.size() - rightShown < MAX_ANSWERS - right) {
            shown.add(c);
          } else {
            spare.add(c);
          }
        }
        return new Choices(ms.prompt(), shown, ms.answers(), spare, null);
      }

      @Override
      public Choices trueFalse(TrueFalse tf) {
        return new Choices(fitted(tf), List.of("True", "False"), List.of(tf.answer() ? "True" : "False"), List.of(), null);
      }

      @Override
      public Choices shortAnswer(ShortAnswer sa) {
        List<String> wrong = sameKindAnswers(sa, bank);
        if (wrong.isEmpty()) {
          String statement = gapFilled(sa);
          if (statement == null) {
            return Choices.skip("a short answer question that is no gap sentence, and the bank has no other answers of its kind ("
                + sa.kind() + ") to offer as wrong choices; Kahoot quizzes hold only choice questions");
          }
          return new Choices("True or false: " + statement, List.of("True", "False"), List.of("True"), List.of(), null, true);
        }
        // with one other answer of its kind, two choices: as many as Kahoot's own true/false has
        Random random = random(sa);
        Collections.shuffle(wrong, random);
        var shown = new ArrayList<>(wrong.subList(0, Math.min(MAX_ANSWERS - 1, wrong.size())));
        shown.add(random.nextInt(shown.size() + 1), sa.answer());
        return new Choices(sa.prompt(), shown, List.of(sa.answer()), wrong.subList(shown.size() - 1, wrong.size()), null);
      }

      @Override
      public Choices ordering(Ordering o) {
        if (!EARLIEST_FIRST.matcher(o.prompt()).find()) {
          return Choices.skip("an ordering question that is not of events in time; Kahoot quizzes hold only choice questions");
        }
        String first = o.answers().get(0);
        var shown = new ArrayList<String>();
        var spare = new ArrayList<String>();
        for (String item : DisplayOrder.of(o.id(), o.answers())) {
          if (item.equals(first) || shown.size() - (shown.contains(first) ? 1 : 0) < MAX_ANSWERS - 1) shown.add(item);
          else spare.add(item);
        }
        return new Choices("Which of these happened first?", shown, List.of(first), spare, null);
      }

      @Override
      public Choices matching(Matching m) {
        int n = m.pairs().size();
        Random random = random(m);
        int right = random.nextInt(n);
        var wrong = new ArrayList<String>();
        // Each left item joined to another item's right side first, then the remaining mismatches.
        for (int shift = 1; shift < n; shift++) {
          for (int i = 0; i < n; i++) {
            int left = (right + 1 + i) % n;
            int other = (left + shift) % n;
            if (other == left) continue;
            String pairing = m.pairs().get(left).left() + PAIRING + m.pairs().get(other).right();
            if (!wrong.contains(pairing)) wrong.add(pairing);
          }
        }
        var shown = new ArrayList<>(wrong.subList(0, Math.min(MAX_ANSWERS - 1, wrong.size())));
        String answer = m.pairs().get(right).left() + PAIRING + m.pairs().get(right).right();
        shown.add(random.nextInt(shown.size() + 1), answer);
        return new Choices("Which pairing is right? " + m.prompt(), shown, List.of(answer),
            wrong.subList(shown.size() - 1, wrong.size()), null);
      }
    });
  }

  /**
   * A typed gap sentence as a statement, its answer in the gap: "____ opened the depot." with
   * "Amina Wekesa" gives "Amina Wekesa opened the depot." Null for a question that is no gap
   * sentence, or whose gap stands in a quotation (a statement would put words in a speaker's mouth).
   */
  static String gapFilled(ShortAnswer sa) {
    String prompt = KahootText.clean(SENTENCE_INSTRUCTION.matcher(sa.prompt().strip()).replaceFirst(""));
    int gap = prompt.indexOf(Question.GAP);
    if (gap < 0 || prompt.indexOf(Question.GAP, gap + 1) >= 0 || prompt.startsWith("Complete ") || prompt.contains("\"")) {
      return null;
    }
    String given = sa.answer().strip();
    // "nine embassies will close": an answer that opens the sentence opens it with a capital
    String answer = gap == 0 && !given.isEmpty() ? given.substring(0, 1).toUpperCase(Locale.ROOT) + given.substring(1) : given;
    String whole = filled(prompt, answer);
    if (whole.length() <= KahootText.QUESTION_LIMIT) return whole;
    // too long for Kahoot: the sentence's first parts, up to the gap's own, then filled
    int longer = answer.length() - Question.GAP.length();
    return KahootText.openingParts(prompt, Question.GAP, Math.max(0, longer)).map(cut -> filled(cut, answer)).orElse(whole);
  }

  private static final Pattern TRUE_OR_FALSE = Pattern.compile("^True or false:\\s*");

  /**
   * A true statement too long for Kahoot, cut to its first parts ("Tom Hale has met the mayors of
   * Northgate and Mombasa ..."): what it still says is true. A false one is never cut, for the cut
   * could take away the very words that make it false.
   */
  static String fitted(TrueFalse tf) {
    String statement = KahootText.clean(TRUE_OR_FALSE.matcher(tf.prompt().strip()).replaceFirst(""));
    if (!tf.answer() || KahootText.fitQuestion(tf.prompt()).isPresent()) return tf.prompt();
    return KahootText.openingParts(statement.replaceAll("\\.$", ""), "", 0).orElse(tf.prompt());
  }

  private static String filled(String gapSentence, String answer) {
    int gap = gapSentence.indexOf(Question.GAP);
    return gapSentence.substring(0, gap) + answer + gapSentence.substring(gap + Question.GAP.length());
  }

  private static int wrongIn(List<String> shown, List<String> right) {
    return (int) shown.stream().filter(c -> !right.contains(c)).count();
  }

  /**
   * The other answers of the question's kind in the bank (answers and choices of its questions of
   * that kind), in bank order, without any that could be right: the answer's own forms, one that
   * contains it or is contained in it ("Gorki" beside "Gorki retreat"), or one the prompt names.
   */
  static List<String> sameKindAnswers(ShortAnswer sa, QuestionBank bank) {
    String kind = sa.kind().strip().toLowerCase(Locale.ROOT);
    // "unknown" is the kind of imported questions: answers of any kind share it.
    if (kind.isEmpty() || kind.equals("unknown")) return new ArrayList<>();
    var own = new ArrayList<String>();
    own.add(key(sa.answer()));
    sa.accept().forEach(a -> own.add(key(a)));
    String prompt = " " + key(sa.prompt()) + " ";
    var out = new LinkedHashMap<String, String>();
    for (Question q : bank.questions()) {
      for (String candidate : answersOf(q, kind)) {
        String k = key(candidate);
        if (k.isEmpty() || prompt.contains(" " + k + " ")) continue;
        boolean couldBeRight = own.stream().anyMatch(o -> o.isEmpty() || o.equals(k) || o.contains(k) || k.contains(o));
        // Of the answer's shape: a number or a date for one with digits ("1973", "March 31"), words for words.
        boolean sameShape = hasDigit(candidate) == hasDigit(sa.answer());
        if (!couldBeRight && sameShape) out.putIfAbsent(k, candidate.strip());
      }
    }
    return new ArrayList<>(out.values());
  }

  /** A person-office matching question: the generator's "Match each person to their position". */
  static final String OFFICE_KIND = "role";

  /**
   * The answers and choices of {@code q} that are of {@code kind}: all of them when the question is
   * of that kind; and the people of a person-office matching, whose kind is the offices' (DESIGN.md's
   * person-office matching), so that "Who reiterated ...?" can offer the other people the article
   * gives an office.
   */
  private static List<String> answersOf(Question q, String kind) {
    String own = q.kind().strip().toLowerCase(Locale.ROOT);
    if (q instanceof Matching m && own.equals(OFFICE_KIND) && kind.equals("person")) {
      return m.pairs().stream().map(Matching.Pair::left).toList();
    }
    return own.equals(kind) ? answersOf(q) : List.of();
  }

  private static List<String> answersOf(Question q) {
    return q.visit(new Question.Visitor<List<String>>() {
      @Override
      public List<String> multipleChoice(MultipleChoice mc) {
        return mc.choices();
      }

      @Override
      public List<String> multiSelect(MultiSelect ms) {
        return ms.choices();
      }

      @Override
      public List<String> shortAnswer(ShortAnswer s) {
        return List.of(s.answer());
      }

      @Override
      public List<String> trueFalse(TrueFalse tf) {
        return List.of();
      }

      @Override
      public List<String> ordering(Ordering o) {
        return List.of();
      }

      @Override
      public List<String> matching(Matching m) {
        return m.pairs().stream().map(Matching.Pair::right).toList();
      }
    });
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }

  /** Lower case, letters and digits only, words single-spaced, no leading "the". */
  private static String key(String text) {
    String k = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  /** String.hashCode is specified, so the same id gives the same choices on every machine. */
  private static Random random(Question q) {
    return new Random(q.id().hashCode());
  }
}
