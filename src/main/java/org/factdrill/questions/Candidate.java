package org.factdrill.questions;

/** A question a form made, the fact it tests, and how much it is worth asking (higher first). */
public record Candidate(Question question, String fact, double weight) {}
