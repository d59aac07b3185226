package org.factdrill.nlp;

/** One edge of a sentence's dependency parse: token {@code dependent} hangs from token {@code head} (-1: the root). */
public record Dependency(String relation, int head, int dependent) implements java.io.Serializable {}
