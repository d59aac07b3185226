package org.factdrill.facts;

/** A person and the office they hold: "Sergei Lavrov" and "Russian Foreign Minister". */
public record Office(String id, int sentence, Entity person, String office) implements Fact {}
