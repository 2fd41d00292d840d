package dev.tandem.understanding.sentiment.internal;

/**
 * A lexicon hit after modifiers: the text matched, its final valence (-4..4 scale) and
 * what changed it (negated, intensified, shouted, after "but").
 */
public record ScoredTerm(String term, double valence, String note) {

}
