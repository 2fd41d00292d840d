package dev.tandem.kb.articlestore.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.ElasticsearchFailure;
import dev.tandem.kb.elasticsearch.IndexNames;

/**
 * The Elasticsearch requests of the article store, against the two aliases. Single
 * articles and versions are read with real-time GETs (they see every acknowledged write
 * without a refresh); only {@link #latestVersions} searches.
 */
public final class ArticleIndices {

	public static final String ARTICLES = "articles";

	public static final String VERSIONS = "article-versions";

	private static final int MGET_CHUNK = 500;

	private static final int COMPOSITE_PAGE = 200;

	private final ElasticsearchConnection connection;

	private final String articles;

	private final String versions;

	public ArticleIndices(ElasticsearchConnection connection, IndexNames names) {
		this.connection = connection;
		this.articles = names.alias(ARTICLES);
		this.versions = names.alias(VERSIONS);
	}

	public Optional<Current> current(String id) throws IOException {
		GetResponse<ArticleDocument> response = client().get((g) -> g.index(this.articles).id(id),
				ArticleDocument.class);
		if (!response.found() || response.source() == null) {
			return Optional.empty();
		}
		return Optional.of(new Current(response.source(), response.seqNo(), response.primaryTerm()));
	}

	public Optional<VersionDocument> version(String articleId, int number) throws IOException {
		GetResponse<VersionDocument> response = client()
			.get((g) -> g.index(this.versions).id(VersionIds.of(articleId, number)), VersionDocument.class);
		return (response.found() && response.source() != null) ? Optional.of(response.source()) : Optional.empty();
	}

	/**
	 * Writes a version document unless one with its id exists.
	 * @return false when that version number was taken (by a concurrent save)
	 */
	public boolean createVersion(VersionDocument version) throws IOException {
		try {
			client().index((i) -> i.index(this.versions)
				.id(VersionIds.of(version.articleId(), version.number()))
				.opType(OpType.Create)
				.document(version));
			return true;
		}
		catch (IOException | RuntimeException ex) {
			if (ElasticsearchFailure.isConflict(ex)) {
				return false;
			}
			throw ex;
		}
	}

	/**
	 * Writes the current document if it is still {@code expected} (optimistic
	 * concurrency), or creates it if {@code expected} is empty.
	 * @return false when someone else wrote it first
	 */
	public boolean writeCurrent(ArticleDocument document, Optional<Current> expected, Refresh refresh)
			throws IOException {
		try {
			client().index((i) -> {
				i.index(this.articles).id(document.id()).document(document).refresh(refresh);
				expected.ifPresentOrElse((current) -> i.ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm()),
						() -> i.opType(OpType.Create));
				return i;
			});
			return true;
		}
		catch (IOException | RuntimeException ex) {
			if (ElasticsearchFailure.isConflict(ex)) {
				return false;
			}
			throw ex;
		}
	}

	/**
	 * Metadata of versions 1 to {@code upTo} of an article (without content), oldest
	 * first.
	 */
	public List<VersionDocument> versionsUpTo(String articleId, int upTo) throws IOException {
		List<VersionDocument> found = new ArrayList<>(upTo);
		for (int from = 1; from <= upTo; from += MGET_CHUNK) {
			List<String> ids = IntStream.rangeClosed(from, Math.min(upTo, from + MGET_CHUNK - 1))
				.mapToObj((n) -> VersionIds.of(articleId, n))
				.toList();
			MgetResponse<VersionDocument> response = client()
				.mget((m) -> m.index(this.versions).ids(ids).sourceExcludes("content"), VersionDocument.class);
			for (MultiGetResponseItem<VersionDocument> item : response.docs()) {
				if (item.isResult()) {
					GetResult<VersionDocument> result = item.result();
					if (result.found() && result.source() != null) {
						found.add(result.source());
					}
				}
			}
		}
		return found;
	}

	/** Makes every acknowledged version searchable (before a listing). */
	public void refreshVersions() throws IOException {
		client().indices().refresh((r) -> r.index(this.versions));
	}

	/**
	 * One page of the highest version of every article, ordered by article id (a
	 * composite aggregation over {@code article_id} with the top version of each).
	 * @param after where the previous page ended, empty for the first page
	 * @return the page
	 */
	public LatestPage latestVersions(Map<String, FieldValue> after) throws IOException {
		SearchResponse<Void> response = client()
			.search((s) -> s.index(this.versions).size(0).aggregations("articles", (a) -> a.composite((c) -> {
				c.size(COMPOSITE_PAGE)
					.sources(Map.of("id", CompositeAggregationSource
						.of((cs) -> cs.terms((t) -> t.field("article_id").order(SortOrder.Asc)))));
				if (!after.isEmpty()) {
					c.after(after);
				}
				return c;
			})
				.aggregations("latest", (top) -> top
					.topHits((h) -> h.size(1).sort((o) -> o.field((f) -> f.field("number").order(SortOrder.Desc)))))),
					Void.class);
		CompositeAggregate composite = response.aggregations().get("articles").composite();
		List<VersionDocument> documents = new ArrayList<>();
		for (CompositeBucket bucket : composite.buckets().array()) {
			bucket.aggregations()
				.get("latest")
				.topHits()
				.hits()
				.hits()
				.forEach((hit) -> documents.add(hit.source().to(VersionDocument.class)));
		}
		boolean last = composite.buckets().array().size() < COMPOSITE_PAGE || composite.afterKey() == null;
		return new LatestPage(documents, last ? Map.of() : composite.afterKey());
	}

	private ElasticsearchClient client() {
		return this.connection.client();
	}

	/**
	 * A current document and the sequence number and primary term it was read with.
	 */
	public record Current(ArticleDocument document, long seqNo, long primaryTerm) {

		public int version() {
			return this.document.version();
		}

	}

	/**
	 * A page of {@link #latestVersions}.
	 *
	 * @param versions the highest version of each article on the page
	 * @param next where the next page starts, empty after the last page
	 */
	public record LatestPage(List<VersionDocument> versions, Map<String, FieldValue> next) {

	}

}
