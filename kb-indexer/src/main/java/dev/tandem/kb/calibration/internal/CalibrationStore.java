package dev.tandem.kb.calibration.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.tandem.kb.calibration.Calibration;
import dev.tandem.kb.calibration.OutOfScopeExamples;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.IndexNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calibration in force, in {@code <prefix>-kb-calibration} (document
 * {@code current}), so every process answers with the same threshold and the admin UI can
 * draw the curve; and the knowledge base's known out-of-scope questions (document
 * {@code out-of-scope-examples}), which calibration asks as well.
 */
public class CalibrationStore {

	private static final Logger log = LoggerFactory.getLogger(CalibrationStore.class);

	static final String STORE = "kb-calibration";

	private static final String DOCUMENT = "current";

	private static final String OUT_OF_SCOPE_DOCUMENT = "out-of-scope-examples";

	private final ElasticsearchConnection connection;

	private final IndexNames names;

	public CalibrationStore(ElasticsearchConnection connection, IndexNames names) {
		this.connection = connection;
		this.names = names;
	}

	public Optional<Calibration> load() {
		try {
			GetResponse<Calibration> response = client().get((g) -> g.index(index()).id(DOCUMENT), Calibration.class);
			return (response.found() && response.source() != null) ? Optional.of(response.source()) : Optional.empty();
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw new IllegalStateException("Cannot read the calibration from " + index() + ": " + ex.getMessage(), ex);
		}
		catch (IOException | RuntimeException ex) {
			// An unreadable (e.g. older format) calibration is recomputed, not fatal.
			return Optional.empty();
		}
	}

	public void save(Calibration calibration) {
		try {
			ensureIndex();
			client().index((i) -> i.index(index()).id(DOCUMENT).document(calibration).refresh(Refresh.True));
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IllegalStateException("Cannot store the calibration in " + index() + ": " + ex.getMessage(), ex);
		}
	}

	/** The stored known out-of-scope questions ({@code NONE} when there are none). */
	public OutOfScopeExamples loadOutOfScopeExamples() {
		try {
			GetResponse<OutOfScopeExamples> response = client().get((g) -> g.index(index()).id(OUT_OF_SCOPE_DOCUMENT),
					OutOfScopeExamples.class);
			return (response.found() && response.source() != null) ? response.source() : OutOfScopeExamples.NONE;
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return OutOfScopeExamples.NONE;
			}
			throw new IllegalStateException(
					"Cannot read the out-of-scope examples from " + index() + ": " + ex.getMessage(), ex);
		}
		catch (IOException | RuntimeException ex) {
			if (!undecodable(ex)) {
				throw new IllegalStateException(
						"Cannot read the out-of-scope examples from " + index() + ": " + ex.getMessage(), ex);
			}
			// A document this version cannot read must not stop every recalibration: the
			// replays alone estimate the rate until the list is saved again (the stored
			// document is left as it is).
			log.warn("The out-of-scope examples in {} cannot be read, calibrating without them: {}", index(),
					ex.getMessage());
			return OutOfScopeExamples.NONE;
		}
	}

	/** Whether Elasticsearch answered but the document did not map (not an outage). */
	private static boolean undecodable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof co.elastic.clients.json.JsonpMappingException
					|| cause instanceof jakarta.json.JsonException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Replaces the stored known out-of-scope questions (one document: all or nothing).
	 */
	public void saveOutOfScopeExamples(OutOfScopeExamples examples) {
		try {
			ensureIndex();
			client().index((i) -> i.index(index()).id(OUT_OF_SCOPE_DOCUMENT).document(examples).refresh(Refresh.True));
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IllegalStateException(
					"Cannot store the out-of-scope examples in " + index() + ": " + ex.getMessage(), ex);
		}
	}

	String index() {
		return this.names.alias(STORE);
	}

	private void ensureIndex() throws IOException {
		if (client().indices().exists((e) -> e.index(index())).value()) {
			return;
		}
		try {
			client().indices()
				.create((c) -> c.index(index())
					.withJson(new StringReader("{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0},"
							+ "\"mappings\":{\"dynamic\":false}}")));
		}
		catch (ElasticsearchException ex) {
			if (!"resource_already_exists_exception".equals(ex.error().type())) {
				throw ex;
			}
		}
	}

	private ElasticsearchClient client() {
		return this.connection.client();
	}

}
