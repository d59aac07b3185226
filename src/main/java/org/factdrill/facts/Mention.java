package org.factdrill.facts;

/** Where an entity is named: sentence index and character offsets within that sentence. */
public record Mention(int entity, int sentence, int start, int end, String text) {}
