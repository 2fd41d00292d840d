package dev.tandem.connector.store.internal;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.CreateResponse;
import co.elastic.clients.elasticsearch.core.IndexResponse;

/**
 * One request per write (group commit switched off): each waits for its own translog sync
 * in Elasticsearch.
 */
public final class SingleRequestWriter implements DocumentWriter {

	private final Supplier<ElasticsearchClient> client;

	public SingleRequestWriter(Supplier<ElasticsearchClient> client) {
		this.client = client;
	}

	@Override
	public WriteOutcome write(WriteRequest request) {
		try {
			Map<String, Object> document = DocumentJson.toMap(request.document());
			return switch (request.kind()) {
				case CREATE -> {
					CreateResponse response = this.client.get()
						.create((create) -> create.index(request.index())
							.id(request.id().orElseThrow())
							.document(document));
					yield new WriteOutcome.Written(response.seqNo(), response.primaryTerm());
				}
				case REPLACE -> written(this.client.get()
					.index((index) -> index.index(request.index())
						.id(request.id().orElseThrow())
						.document(document)
						.ifSeqNo(request.ifSeqNo())
						.ifPrimaryTerm(request.ifPrimaryTerm())));
				case PUT -> written(this.client.get()
					.index((index) -> index.index(request.index()).id(request.id().orElseThrow()).document(document)));
				case APPEND ->
					written(this.client.get().index((index) -> index.index(request.index()).document(document)));
			};
		}
		catch (IOException | RuntimeException ex) {
			return StoreFailures.isConflict(ex) ? new WriteOutcome.Conflict(ex) : new WriteOutcome.Failed(ex);
		}
	}

	private static WriteOutcome written(IndexResponse response) {
		return new WriteOutcome.Written(response.seqNo(), response.primaryTerm());
	}

}
