package dev.tandem.kb.articlestore.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
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
	 * The current documents of several articles, by id (one real-time multi-get); ids
	 * without an article are missing.
	 */
	public Map<String, Current> currents(List<String> ids) throws IOException {
		MgetResponse<ArticleDocument> response = client().mget((m) -> m.index(this.articles).ids(ids),
				ArticleDocument.class);
		Map<String, Current> found = new HashMap<>();
		for (MultiGetResponseItem<ArticleDocument> item : response.docs()) {
			if (item.isFailure()) {
				throw new IOException(
						"cannot read article '" + item.failure().id() + "': " + item.failure().error().reason());
			}
			GetResult<ArticleDocument> result = item.result();
			if (result.found() && result.source() != null) {
				found.put(result.id(), new Current(result.source(), result.seqNo(), result.primaryTerm()));
			}
		}
		return found;
	}

	/** Which of these version documents exist (one real-time multi-get, no sources). */
	public Set<String> existingVersions(List<String> versionIds) throws IOException {
		MgetResponse<Void> response = client()
			.mget((m) -> m.index(this.versions).ids(versionIds).source((s) -> s.fetch(false)), Void.class);
		Set<String> found = new HashSet<>();
		for (MultiGetResponseItem<Void> item : response.docs()) {
			if (item.isFailure()) {
				throw new IOException(
						"cannot read version '" + item.failure().id() + "': " + item.failure().error().reason());
			}
			if (item.result().found()) {
				found.add(item.result().id());
			}
		}
		return found;
	}

	/**
	 * Writes version documents in one bulk request, each unless one with its id exists.
	 * @return per document, same order, what happened
	 */
	public List<BulkOutcome> createVersions(List<VersionDocument> documents) throws IOException {
		List<BulkOperation> operations = documents.stream()
			.map((version) -> BulkOperation.of((op) -> op.create((c) -> c.index(this.versions)
				.id(VersionIds.of(version.articleId(), version.number()))
				.document(version))))
			.toList();
		return bulk(operations);
	}

	/**
	 * Writes current documents in one bulk request, each if it is still what was read
	 * (optimistic concurrency), or creates it if nothing was.
	 * @return per document, same order, what happened
	 */
	public List<BulkOutcome> writeCurrents(List<ArticleDocument> documents, List<Optional<Current>> expected)
			throws IOException {
		List<BulkOperation> operations = new ArrayList<>(documents.size());
		for (int i = 0; i < documents.size(); i++) {
			ArticleDocument document = documents.get(i);
			Optional<Current> read = expected.get(i);
			operations
				.add(read.isPresent()
						? BulkOperation.of((op) -> op.index((w) -> w.index(this.articles)
							.id(document.id())
							.document(document)
							.ifSeqNo(read.get().seqNo())
							.ifPrimaryTerm(read.get().primaryTerm())))
						: BulkOperation
							.of((op) -> op.create((c) -> c.index(this.articles).id(document.id()).document(document))));
		}
		return bulk(operations);
	}

	private List<BulkOutcome> bulk(List<BulkOperation> operations) throws IOException {
		if (operations.isEmpty()) {
			return List.of();
		}
		BulkResponse response = client().bulk((b) -> b.operations(operations));
		return response.items().stream().map(BulkOutcome::of).toList();
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
	 * What one item of a bulk write did.
	 *
	 * @param written the document was written
	 * @param conflict it was not, because someone else wrote it first (409)
	 * @param writeBlocked it was not, because the index is blocked for writes (a reindex
	 * switching its alias)
	 * @param error why it was not written, when neither
	 */
	public record BulkOutcome(boolean written, boolean conflict, boolean writeBlocked, Optional<String> error) {

		static BulkOutcome of(BulkResponseItem item) {
			if (item.error() == null) {
				return new BulkOutcome(true, false, false, Optional.empty());
			}
			boolean blocked = "cluster_block_exception".equals(item.error().type());
			return new BulkOutcome(false, item.status() == 409, blocked,
					Optional.of(String.valueOf(item.error().reason())));
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
