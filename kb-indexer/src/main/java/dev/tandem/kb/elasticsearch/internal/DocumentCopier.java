package dev.tandem.kb.elasticsearch.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.kb.elasticsearch.IndexLifecycleException;

/**
 * Copies documents from one index to another without {@code _reindex} (absent in our
 * distribution, FACTS.md): pages through a point-in-time of the source with
 * {@code search_after} and writes each page with one bulk request, keeping ids and
 * sources as they are.
 */
public final class DocumentCopier {

	private static final Time KEEP_ALIVE = Time.of((t) -> t.time("2m"));

	private final ElasticsearchClient client;

	private final int pageSize;

	public DocumentCopier(ElasticsearchClient client, int pageSize) {
		this.client = client;
		this.pageSize = pageSize;
	}

	/**
	 * Copies every document of {@code source} matching {@code query}, overwriting what
	 * {@code target} holds under the same id.
	 * @param source concrete source index
	 * @param target concrete target index
	 * @param query which documents
	 * @param progress told the running count after every page
	 * @return how many documents were copied
	 */
	public long copy(String source, String target, Query query, LongConsumer progress) throws IOException {
		String pit = this.client.openPointInTime((p) -> p.index(source).keepAlive(KEEP_ALIVE)).id();
		long copied = 0;
		try {
			List<FieldValue> after = List.of();
			while (true) {
				List<FieldValue> searchAfter = after;
				SearchResponse<ObjectNode> page = this.client.search((s) -> {
					s.pit((p) -> p.id(pit).keepAlive(KEEP_ALIVE))
						.query(query)
						.size(this.pageSize)
						.trackTotalHits((t) -> t.enabled(false))
						.sort((o) -> o.field((f) -> f.field("_shard_doc").order(SortOrder.Asc)));
					if (!searchAfter.isEmpty()) {
						s.searchAfter(searchAfter);
					}
					return s;
				}, ObjectNode.class);
				List<Hit<ObjectNode>> hits = page.hits().hits();
				if (hits.isEmpty()) {
					return copied;
				}
				write(target, hits);
				copied += hits.size();
				progress.accept(copied);
				after = hits.getLast().sort();
			}
		}
		finally {
			this.client.closePointInTime((c) -> c.id(pit));
		}
	}

	public long count(String index) throws IOException {
		return this.client.count((c) -> c.index(index)).count();
	}

	private void write(String target, List<Hit<ObjectNode>> hits) throws IOException {
		List<BulkOperation> operations = new ArrayList<>(hits.size());
		for (Hit<ObjectNode> hit : hits) {
			operations
				.add(BulkOperation.of((b) -> b.index((i) -> i.index(target).id(hit.id()).document(hit.source()))));
		}
		BulkResponse response = this.client.bulk((b) -> b.operations(operations));
		if (response.errors()) {
			List<String> failures = new ArrayList<>();
			for (BulkResponseItem item : response.items()) {
				if (item.error() != null && failures.size() < 5) {
					failures.add("document '" + item.id() + "': " + item.error().reason());
				}
			}
			throw new IndexLifecycleException("copying into " + target + " failed for " + failures
					+ " (does the new mapping accept the old documents?)");
		}
	}

}
