package org.factdrill.facts;

/**
 * A typed relation read off one sentence of the article. Each kind has its own extractor; question
 * forms turn a fact into questions, and a quiz asks at most one question per fact.
 */
public sealed interface Fact permits Office, Acronym, Clause, Listing, ShortSentence {
  /** Stable id: derived from what the fact says, so it survives regenerating the bank. */
  String id();

  /** The sentence of the article it is read from. */
  int sentence();
}
