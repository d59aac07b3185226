package org.factdrill.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.factdrill.bank.QuestionBank;
import org.factdrill.questions.Matching;
import org.factdrill.questions.MultiSelect;
import org.factdrill.questions.MultipleChoice;
import org.factdrill.questions.Ordering;
import org.factdrill.questions.Question;
import org.factdrill.questions.ShortAnswer;
import org.factdrill.questions.Source;
import org.factdrill.questions.TrueFalse;

/** Export, import, export on random banks built from hostile pieces of text: the two exports must be the same bytes. */
class RoundTripPropertyTest {

  private static final List<String> PIECES = List.of("a", "b", "Zed", " ", "  ", "~", "=", "#", "{", "}", ":", "::", "\\", "\\n",
      "<b>", ">", "&", "\"", "'", "%", "%50%", "-", "->", "]]>", "\n", "\r\n", "\t", "🦆", "שלום", "مرحبا", "[html]", "####",
      "//", "TRUE", "T", "1973", "-2.5", "007", "A) ", "ANSWER: B", ",", ";", "$CATEGORY:");

  @Property(tries = 250)
  void giftCsvJsonAndAikenRoundTripsAreByteIdentical(@ForAll("banks") QuestionBank bank) throws Exception {
    for (String format : List.of("json", "gift", "csv", "aiken")) {
      BankWriter writer = ExportFormats.byName(format);
      BankWriter.Export first = writer.write(bank, bank.questions());
      if (first.written() == 0) continue;
      String text = new String(first.bytes(), StandardCharsets.UTF_8);
      QuestionBank back = ImportFormats.byName(format).read(text, "random." + writer.extension()).bank();
      assertThat(back.questions()).as(format).hasSize(first.written());
      String again = new String(writer.write(back, back.questions()).bytes(), StandardCharsets.UTF_8);
      assertThat(again).as(format).isEqualTo(text);
      if (format.equals("json") || format.equals("csv")) assertThat(back.questions()).as(format + " keeps every field").isEqualTo(bank.questions());
    }
  }

  @Provide
  Arbitrary<QuestionBank> banks() {
    Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(5)
        .map(parts -> String.join("", parts)).filter(s -> !s.isBlank());
    Arbitrary<List<String>> texts = text.list().ofMinSize(2).ofMaxSize(5).uniqueElements(s -> s.strip().toLowerCase());
    Arbitrary<Question> question = Combinators.combine(
            Arbitraries.integers().between(0, 5), text, texts, texts, Arbitraries.integers().between(0, 9), text, text)
        .as(RoundTripPropertyTest::question)
        .filter(Objects::nonNull);
    // a teacher's bank asks each question once: two with the same prompt may be the same question in a
    // format that carries less than the bank (Aiken's true/false is its prompt and answer), which an import refuses
    return question.list().ofMinSize(1).ofMaxSize(6).uniqueElements(q -> q.prompt().replaceAll("\\s+", " ").strip().toLowerCase())
        .map(RoundTripPropertyTest::bank);
  }

  private static Question question(int type, String prompt, List<String> one, List<String> two, int sentence, String kind, String source) {
    var src = new Source(sentence, source);
    try {
      return switch (type) {
        case 0 -> new MultipleChoice("q-00000000", prompt, one.get(sentence % one.size()), one, two.subList(0, 1), kind, src);
        case 1 -> {
          var choices = new ArrayList<>(one);
          two.stream().filter(t -> choices.stream().noneMatch(c -> c.strip().equalsIgnoreCase(t.strip()))).forEach(choices::add);
          yield new MultiSelect("q-00000000", prompt, one, choices, kind, src);
        }
        case 2 -> new ShortAnswer("q-00000000", prompt, one.get(0), sentence % 2 == 0 ? List.of() : two, kind, src);
        case 3 -> new TrueFalse("q-00000000", prompt, sentence % 2 == 0, kind, src);
        case 4 -> new Ordering("q-00000000", prompt, one, kind, src);
        default -> {
          var pairs = new ArrayList<Matching.Pair>();
          for (int i = 0; i < Math.min(one.size(), two.size()); i++) pairs.add(new Matching.Pair(one.get(i), two.get(i)));
          yield new Matching("q-00000000", prompt, pairs, kind, src);
        }
      };
    } catch (IllegalArgumentException notAValidQuestion) {
      return null;
    }
  }

  /** Ids must be unique in a bank: number the questions. */
  private static QuestionBank bank(List<Question> drafts) {
    var questions = new ArrayList<Question>();
    for (int i = 0; i < drafts.size(); i++) {
      String id = String.format("q-%08x", i + 1);
      Question d = drafts.get(i);
      questions.add(d.visit(new Question.Visitor<Question>() {
        @Override
        public Question multipleChoice(MultipleChoice q) {
          return new MultipleChoice(id, q.prompt(), q.answer(), q.choices(), q.accept(), q.kind(), q.source());
        }

        @Override
        public Question multiSelect(MultiSelect q) {
          return new MultiSelect(id, q.prompt(), q.answers(), q.choices(), q.kind(), q.source());
        }

        @Override
        public Question shortAnswer(ShortAnswer q) {
          return new ShortAnswer(id, q.prompt(), q.answer(), q.accept(), q.kind(), q.source());
        }

        @Override
        public Question trueFalse(TrueFalse q) {
          return new TrueFalse(id, q.prompt(), q.answer(), q.kind(), q.source());
        }

        @Override
        public Question ordering(Ordering q) {
          return new Ordering(id, q.prompt(), q.answers(), q.kind(), q.source());
        }

        @Override
        public Question matching(Matching q) {
          return new Matching(id, q.prompt(), q.pairs(), q.kind(), q.source());
        }
      }));
    }
    return new QuestionBank("random", "Random ~ = # { } :", new QuestionBank.ArticleRef("", "", List.of()), questions);
  }
}
