package org.factdrill.facts;

/** An acronym the article defines: "Collective Security Treaty Organisation (CSTO)". */
public record Acronym(String acronym, String expansion, int sentence, int start, int end) {}
