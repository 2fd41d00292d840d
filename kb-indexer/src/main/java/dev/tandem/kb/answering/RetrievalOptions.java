package dev.tandem.kb.answering;

import java.util.Objects;

import dev.tandem.kb.retrieval.RetrievalFilter;

/**
 * How to retrieve.
 *
 * @param filter which articles to consider (default: published ones)
 * @param maxArticles most articles returned (1 to 20; default 5)
 */
public record RetrievalOptions(RetrievalFilter filter, int maxArticles) {

	public RetrievalOptions {
		Objects.requireNonNull(filter, "filter");
		if (maxArticles < 1 || maxArticles > 20) {
			throw new IllegalArgumentException("maxArticles must be 1 to 20, got " + maxArticles);
		}
	}

	/** Published articles, up to 5: what answering a ticket uses. */
	public static RetrievalOptions defaults() {
		return new RetrievalOptions(RetrievalFilter.published(), 5);
	}

	public RetrievalOptions withFilter(RetrievalFilter newFilter) {
		return new RetrievalOptions(newFilter, this.maxArticles);
	}

	public RetrievalOptions withMaxArticles(int max) {
		return new RetrievalOptions(this.filter, max);
	}

}
