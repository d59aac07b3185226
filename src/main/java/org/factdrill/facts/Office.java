package org.factdrill.facts;

/**
 * A person and the office they hold: "Sergei Lavrov" and "Russian Foreign Minister". Asked only as
 * pairs to match: one office alone ("Who is the Japanese Prime Minister?") is general knowledge or
 * a quote's attribution, which raters reject as trivia (rubric rule 5).
 */
public record Office(String id, int sentence, Entity person, String office) implements Fact {}
