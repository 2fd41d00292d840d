package dev.tandem.kb.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.IndexNames;

/**
 * A knowledge base's synonym list, kept in Elasticsearch ({@code <prefix>-kb-settings},
 * document {@code synonyms}) so every Tandem process (connector, admin UI, command line)
 * uses the same list. Read through a short cache; a change made in this process is
 * visible at once, one made elsewhere within {@link #CACHE_TIME}.
 */
public class SynonymStore {

	/** How long a read list is reused before it is read again. */
	public static final Duration CACHE_TIME = Duration.ofSeconds(30);

	static final String STORE = "kb-settings";

	private static final String DOCUMENT = "synonyms";

	private final ElasticsearchConnection connection;

	private final IndexNames names;

	private final TextAnalyzer analyzer;

	private final Clock clock;

	private Cached cached;

	public SynonymStore(ElasticsearchConnection connection, IndexNames names, TextAnalyzer analyzer, Clock clock) {
		this.connection = connection;
		this.names = names;
		this.analyzer = analyzer;
		this.clock = clock;
	}

	/** The current synonym groups, in the order they were written. */
	public synchronized List<SynonymGroup> groups() {
		Instant now = this.clock.instant();
		if (this.cached == null || now.isAfter(this.cached.readAt().plus(CACHE_TIME))) {
			List<SynonymGroup> groups = read();
			this.cached = new Cached(groups, new SynonymExpander(groups, this.analyzer), now);
		}
		return this.cached.groups();
	}

	/** The expander for the current groups. */
	public synchronized SynonymExpander expander() {
		groups();
		return this.cached.expander();
	}

	/** Replaces the whole list. */
	public synchronized void replaceAll(List<SynonymGroup> groups) {
		List<Map<String, Object>> documents = groups.stream()
			.map((group) -> Map.<String, Object>of("terms", group.terms()))
			.toList();
		try {
			ensureIndex();
			client().index((index) -> index.index(index())
				.id(DOCUMENT)
				.document(Map.of("groups", documents, "updated_at", this.clock.instant().toString()))
				.refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
		}
		catch (IOException | ElasticsearchException ex) {
			throw new IllegalStateException("Cannot store the synonym list in " + index() + ": " + ex.getMessage(), ex);
		}
		List<SynonymGroup> copy = List.copyOf(groups);
		this.cached = new Cached(copy, new SynonymExpander(copy, this.analyzer), this.clock.instant());
	}

	/** Adds a group at the end of the list. */
	public synchronized void add(SynonymGroup group) {
		List<SynonymGroup> groups = new ArrayList<>(read());
		groups.add(group);
		replaceAll(groups);
	}

	/**
	 * Removes every group containing a term (case-insensitive).
	 * @return how many groups were removed
	 */
	public synchronized int removeContaining(String term) {
		List<SynonymGroup> groups = new ArrayList<>(read());
		int before = groups.size();
		groups.removeIf((group) -> group.terms().stream().anyMatch((t) -> t.equalsIgnoreCase(term.strip())));
		if (groups.size() != before) {
			replaceAll(groups);
		}
		return before - groups.size();
	}

	String index() {
		return this.names.alias(STORE);
	}

	@SuppressWarnings("unchecked")
	private List<SynonymGroup> read() {
		try {
			GetResponse<Map> response = client().get((get) -> get.index(index()).id(DOCUMENT), Map.class);
			if (!response.found() || response.source() == null) {
				return List.of();
			}
			List<Map<String, Object>> groups = (List<Map<String, Object>>) response.source()
				.getOrDefault("groups", List.of());
			return groups.stream().map((group) -> new SynonymGroup((List<String>) group.get("terms"))).toList();
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return List.of();
			}
			throw new IllegalStateException("Cannot read the synonym list from " + index() + ": " + ex.getMessage(),
					ex);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the synonym list from " + index() + ": " + ex.getMessage(),
					ex);
		}
	}

	private void ensureIndex() throws IOException {
		if (client().indices().exists((exists) -> exists.index(index())).value()) {
			return;
		}
		try {
			client().indices()
				.create((create) -> create.index(index())
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

	private record Cached(List<SynonymGroup> groups, SynonymExpander expander, Instant readAt) {
	}

}
