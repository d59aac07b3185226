package org.factdrill.bank;

import java.util.List;

/**
 * A bank file as JSON holds it, field for field (the contract in DESIGN.md and the bank schema),
 * for Jackson to read into: every field may be missing (null here), and fields the schema allows
 * beyond these are skipped. {@link BankCodec} turns it into the {@link QuestionBank} model, whose
 * records check what the schema cannot.
 */
public record BankFile(Integer schemaVersion, String id, String title, Article article, List<QuestionFile> questions) {

  public record Article(String path, String sha256, List<String> sentences) {}

  public record QuestionFile(String id, String type, String prompt, String answer, List<String> answers,
      List<Pair> pairs, List<String> accept, List<String> choices, String kind, Source source, String fact) {}

  public record Pair(String left, String right) {}

  public record Source(Integer sentence, String text) {}
}
