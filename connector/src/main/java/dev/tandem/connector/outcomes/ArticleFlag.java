package dev.tandem.connector.outcomes;

import java.time.Instant;
import java.util.Objects;

/**
 * An article's review flag as last recorded ({@code <prefix>-article-flags}, one document
 * per article): remembered so that raising or clearing the flag is audited once, however
 * many instances check and however often.
 *
 * @param articleId the article
 * @param flagged whether it is flagged for review
 * @param failureRate its failure rate when the flag last changed
 * @param settled settled answers behind that rate
 * @param changedAt when the flag last changed
 */
public record ArticleFlag(String articleId, boolean flagged, double failureRate, long settled, Instant changedAt) {

	public ArticleFlag {
		Objects.requireNonNull(articleId, "articleId");
		Objects.requireNonNull(changedAt, "changedAt");
	}

}
