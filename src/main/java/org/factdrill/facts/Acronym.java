package org.factdrill.facts;

/** An organisation's initials and the name they stand for, as the article defines them. */
public record Acronym(String id, int sentence, String shortForm, String longForm) implements Fact {}
