package dev.tandem.kb.articlestore;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import co.elastic.clients.elasticsearch._types.FieldValue;
import dev.tandem.kb.articlestore.internal.ArticleIndices;
import dev.tandem.kb.articlestore.internal.ArticleIndices.LatestPage;
import dev.tandem.kb.articlestore.internal.StoreCalls;
import dev.tandem.kb.articlestore.internal.VersionDocument;

/**
 * The highest version of every article, fetched a page at a time while the stream is
 * consumed. Listing from the versions index (the truth) rather than the current index
 * means an article whose last save was interrupted is listed as its newest version.
 */
class LatestVersions implements Iterator<VersionDocument> {

	private final ArticleIndices indices;

	private final StoreCalls calls;

	private Iterator<VersionDocument> page = List.<VersionDocument>of().iterator();

	private Map<String, FieldValue> next = Map.of();

	private boolean exhausted;

	LatestVersions(ArticleIndices indices, StoreCalls calls) {
		this.indices = indices;
		this.calls = calls;
	}

	Stream<VersionDocument> stream() {
		return StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	@Override
	public boolean hasNext() {
		while (!this.page.hasNext() && !this.exhausted) {
			Map<String, FieldValue> after = this.next;
			LatestPage fetched = this.calls.run("list articles", () -> this.indices.latestVersions(after));
			this.page = fetched.versions().iterator();
			this.next = fetched.next();
			this.exhausted = fetched.next().isEmpty();
		}
		return this.page.hasNext();
	}

	@Override
	public VersionDocument next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.page.next();
	}

}
