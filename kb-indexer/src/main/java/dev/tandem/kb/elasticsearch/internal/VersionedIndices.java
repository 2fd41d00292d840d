package dev.tandem.kb.elasticsearch.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch._types.ExpandWildcard;
import co.elastic.clients.elasticsearch.indices.ElasticsearchIndicesClient;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
import dev.tandem.kb.elasticsearch.ElasticsearchConnection;
import dev.tandem.kb.elasticsearch.ElasticsearchFailure;
import dev.tandem.kb.elasticsearch.IndexLifecycleException;
import dev.tandem.kb.elasticsearch.IndexSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The concrete indices {@code <alias>-vN} of one alias and the few index operations the
 * lifecycle needs.
 */
public final class VersionedIndices {

	private static final Logger log = LoggerFactory.getLogger(VersionedIndices.class);

	private final ElasticsearchConnection connection;

	private final String alias;

	private final Pattern versionedName;

	public VersionedIndices(ElasticsearchConnection connection, String alias) {
		this.connection = connection;
		this.alias = alias;
		this.versionedName = Pattern.compile(Pattern.quote(alias) + "-v(\\d{1,9})");
	}

	public String alias() {
		return this.alias;
	}

	public String name(int version) {
		return this.alias + "-v" + version;
	}

	/**
	 * The index the alias points to; empty when there is no alias (nor index) of that
	 * name.
	 */
	public Optional<String> current() throws IOException {
		// One read resolves the name: checking "is it an alias?" and then "is it an
		// index?" in two calls races with
		// another process creating index and alias in between (the second call then sees
		// the new alias).
		List<String> resolved = List
			.copyOf(indices().get((g) -> g.index(this.alias).ignoreUnavailable(true).allowNoIndices(true))
				.result()
				.keySet());
		if (resolved.isEmpty()) {
			return Optional.empty();
		}
		if (resolved.contains(this.alias)) {
			throw new IndexLifecycleException(this.alias + " is an index, not an alias: Tandem keeps its data in "
					+ this.alias + "-vN behind an alias; move the data or delete that index");
		}
		if (resolved.size() != 1) {
			throw new IndexLifecycleException("alias " + this.alias + " points to " + resolved.size() + " indices "
					+ resolved + ": make it point to one (POST _aliases)");
		}
		return Optional.of(resolved.getFirst());
	}

	/** Version numbers of the existing {@code <alias>-vN} indices, ascending. */
	public List<Integer> versions() throws IOException {
		Map<String, ?> found = indices()
			.get((g) -> g.index(this.alias + "-v*")
				.allowNoIndices(true)
				.ignoreUnavailable(true)
				.expandWildcards(ExpandWildcard.All))
			.result();
		return found.keySet()
			.stream()
			.map(this.versionedName::matcher)
			.filter(Matcher::matches)
			.map((m) -> Integer.parseInt(m.group(1)))
			.sorted()
			.toList();
	}

	/**
	 * Creates {@code <alias>-v<version>}; with {@code withAlias} the alias is created in
	 * the same request, so the index never exists without it. A process that loses that
	 * race finds the index there and uses it.
	 */
	public String create(int version, IndexSchema schema, IndexSettings settings, boolean withAlias)
			throws IOException {
		String index = name(version);
		try {
			indices().create((c) -> {
				c.index(index)
					.settings(schema.settings(settings.shards(), settings.replicas()))
					.mappings(schema.mapping());
				if (withAlias) {
					c.aliases(this.alias, (a) -> a);
				}
				return c;
			});
			log.info("Created index {}{}", index, withAlias ? " with alias " + this.alias : "");
		}
		catch (IOException | RuntimeException ex) {
			if (!ElasticsearchFailure.isAlreadyExists(ex)) {
				throw ex;
			}
			if (!withAlias) {
				throw new IndexLifecycleException("index " + index + " already exists: is another reindex of "
						+ this.alias + " running? If not, delete " + index + " and try again", ex);
			}
		}
		return index;
	}

	/**
	 * A created index answers searches only once its primary shard has started; on a busy
	 * node that can lag behind the create call (which may return before shards are
	 * acknowledged), and an early search fails with "no shard available". Waiting for
	 * yellow here keeps that race away from every caller.
	 */
	public void awaitPrimaryShards(String index) throws IOException {
		var health = this.connection.client()
			.cluster()
			.health((h) -> h.index(index)
				.waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Yellow)
				.timeout((t) -> t.time("60s")));
		if (health.timedOut()) {
			throw new IndexLifecycleException("index " + index + " was created but its primary shard did not start"
					+ " within 60 s: check the cluster's health and logs");
		}
	}

	public Optional<IndexSchema.Recorded> recorded(String index) throws IOException {
		Map<String, IndexMappingRecord> mappings = indices().getMapping((g) -> g.index(index)).result();
		IndexMappingRecord record = mappings.get(index);
		return (record == null || record.mappings() == null) ? Optional.empty()
				: IndexSchema.recorded(record.mappings().meta());
	}

	public void blockWrites(String index, boolean blocked) throws IOException {
		indices().putSettings((p) -> p.index(index).settings((s) -> s.blocks((b) -> b.write(blocked))));
	}

	public void refresh(String index) throws IOException {
		indices().refresh((r) -> r.index(index));
	}

	/** Points the alias from {@code from} to {@code to} in one atomic request. */
	public void switchAlias(String from, String to) throws IOException {
		indices()
			.updateAliases((u) -> u.actions((a) -> a.remove((r) -> r.index(from).alias(this.alias).mustExist(true)))
				.actions((a) -> a.add((add) -> add.index(to).alias(this.alias))));
		refresh(to);
	}

	public void delete(String index) throws IOException {
		indices().delete((d) -> d.index(index));
		log.info("Deleted index {}", index);
	}

	public void deleteQuietly(String index) {
		try {
			delete(index);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not delete the half-built index {}: {}", index, ElasticsearchFailure.rootMessage(ex));
		}
	}

	private ElasticsearchIndicesClient indices() {
		return this.connection.client().indices();
	}

}
