package dev.tandem.kb.elasticsearch;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.tandem.kb.elasticsearch.RebuildStatus.Phase;
import dev.tandem.kb.elasticsearch.internal.DocumentCopier;
import dev.tandem.kb.elasticsearch.internal.IndexSchema;
import dev.tandem.kb.elasticsearch.internal.IndexSchema.Recorded;
import dev.tandem.kb.elasticsearch.internal.VersionedIndices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, checks and rebuilds the indices behind Tandem's aliases, for every store.
 * <p>
 * A store {@code S} is an alias {@code <prefix>-S} over one concrete index
 * {@code <prefix>-S-vN}. Readers and writers only ever use the alias; the concrete index
 * changes when {@link #rebuild} copies everything into {@code -v(N+1)} and switches the
 * alias in one atomic {@code _aliases} call. The mapping resource's fingerprint is kept
 * in the index's {@code _meta}: {@link #ensure} refuses a live index built from another
 * mapping (run {@code kb-indexer reindex}).
 */
public class IndexLifecycle {

	/**
	 * Writes are stamped by their writer's clock and become searchable only after a
	 * refresh: a catch-up pass looks this far back to cover both.
	 */
	static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(2);

	private static final int MAX_CATCH_UP_PASSES = 3;

	private static final Logger log = LoggerFactory.getLogger(IndexLifecycle.class);

	private final ElasticsearchConnection connection;

	private final IndexNames names;

	private final IndexSettings settings;

	private final Clock clock;

	public IndexLifecycle(ElasticsearchConnection connection, IndexNames names, IndexSettings settings, Clock clock) {
		this.connection = connection;
		this.names = names;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Makes sure the store exists and has the expected mapping: creates
	 * {@code <prefix>-<store>-v1} with the alias on first use (in one request, so that
	 * processes racing to create it all end up using the same index) and otherwise checks
	 * the live mapping's fingerprint.
	 * @param store the store, e.g. {@code articles}
	 * @param mappingResource class path resource with settings and mappings
	 * @return the concrete index behind the alias
	 * @throws IndexSchemaMismatchException when the live index has another mapping
	 * @throws IndexLifecycleException when the alias or index is in a state Tandem did
	 * not leave it in
	 */
	public String ensure(String store, String mappingResource) {
		IndexSchema schema = IndexSchema.load(mappingResource);
		VersionedIndices indices = indices(store);
		return call(() -> {
			Optional<String> current = indices.current();
			if (current.isEmpty()) {
				List<Integer> orphans = indices.versions();
				if (!orphans.isEmpty()) {
					throw new IndexLifecycleException("alias " + indices.alias() + " is missing, but indices "
							+ orphans.stream().map((n) -> this.names.versioned(store, n)).toList()
							+ " exist: point the alias at the right one (POST _aliases) or delete them");
				}
				indices.create(1, schema, this.settings, true);
				current = indices.current();
			}
			String index = current.orElseThrow(() -> new IndexLifecycleException(
					"alias " + indices.alias() + " could not be created: check the cluster's logs"));
			verify(store, index, indices.recorded(index), schema);
			// another thread or process may have just created it: usable only once its
			// shard has started
			indices.awaitPrimaryShards(index);
			return index;
		});
	}

	/**
	 * The concrete index behind a store's alias.
	 * @param store the store
	 * @return the index, empty when the store does not exist yet
	 */
	public Optional<String> currentIndex(String store) {
		return call(() -> indices(store).current());
	}

	/**
	 * Rebuilds a store with the current mapping, without downtime for readers: creates
	 * {@code -v(N+1)}, copies every document (point in time + search_after + bulk),
	 * copies again what was written meanwhile (by the mapping's
	 * {@code changed_at_field}), then blocks writes to the old index for a last catch-up
	 * and switches the alias atomically. Writers retry while the block lasts (see
	 * {@link ElasticsearchFailure#isWriteBlocked}). The old index is kept for rollback. A
	 * failure leaves the alias where it was and deletes the half-built index.
	 * @param store the store
	 * @param mappingResource the mapping the new index gets
	 * @param progress told how the copy advances
	 * @return what was done
	 */
	public RebuildResult rebuild(String store, String mappingResource, RebuildProgress progress) {
		IndexSchema schema = IndexSchema.load(mappingResource);
		VersionedIndices indices = indices(store);
		Instant started = this.clock.instant();
		return call(() -> {
			Optional<String> previous = indices.current();
			if (previous.isEmpty()) {
				String created = ensure(store, mappingResource);
				return new RebuildResult(store, Optional.empty(), created, 0, 0, elapsedSince(started));
			}
			String old = previous.get();
			// A rebuild killed while it held the block leaves it behind: lift it.
			indices.blockWrites(old, false);
			int next = indices.versions().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
			String target = indices.create(next, schema, this.settings, false);
			try {
				Copy copy = copy(store, indices, old, target, progress);
				indices.switchAlias(old, target);
				progress.update(new RebuildStatus(store, Phase.SWITCHED, copy.copied(), copy.copied()));
				log.info("{}: alias {} now points to {} (was {})", store, indices.alias(), target, old);
				return new RebuildResult(store, previous, target, copy.copied(), copy.caughtUp(),
						elapsedSince(started));
			}
			catch (IOException | RuntimeException ex) {
				indices.deleteQuietly(target);
				throw ex;
			}
			finally {
				indices.blockWrites(old, false);
			}
		});
	}

	/**
	 * Deletes the store's indices that its alias no longer points to (kept by
	 * {@link #rebuild} for rollback).
	 * @param store the store
	 * @return the deleted indices
	 */
	public List<String> deleteRetired(String store) {
		VersionedIndices indices = indices(store);
		return call(() -> {
			Optional<String> current = indices.current();
			if (current.isEmpty()) {
				return List.of();
			}
			List<String> deleted = new ArrayList<>();
			for (int version : indices.versions()) {
				String index = this.names.versioned(store, version);
				if (!index.equals(current.get())) {
					indices.delete(index);
					deleted.add(index);
				}
			}
			return deleted;
		});
	}

	private Copy copy(String store, VersionedIndices indices, String old, String target, RebuildProgress progress)
			throws IOException {
		ElasticsearchClient client = this.connection.client();
		DocumentCopier copier = new DocumentCopier(client, this.settings.copyBatchSize());
		Optional<String> changedAt = indices.recorded(old).flatMap(Recorded::changedAtField);
		long total = copier.count(old);
		LongConsumer copying = (n) -> progress.update(new RebuildStatus(store, Phase.COPYING, n, total));
		Query all = Query.of((q) -> q.matchAll((m) -> m));
		if (changedAt.isEmpty()) {
			// Nothing tells what changed during the copy: writes wait for the whole copy.
			indices.blockWrites(old, true);
			indices.refresh(old);
			return new Copy(copier.copy(old, target, all, copying), 0);
		}
		Instant since = this.clock.instant().minus(CATCH_UP_MARGIN);
		indices.refresh(old);
		long copied = copier.copy(old, target, all, copying);
		long caughtUp = 0;
		for (int pass = 0; pass < MAX_CATCH_UP_PASSES; pass++) {
			Instant passStart = this.clock.instant();
			long n = catchUp(store, copier, indices, old, target, changedAt.get(), since, Phase.CATCHING_UP, progress);
			caughtUp += n;
			since = passStart.minus(CATCH_UP_MARGIN);
			// The margin makes every pass see the last minutes' writes again; more
			// passes only pay while they shrink the blocked pass below to a page.
			if (n <= this.settings.copyBatchSize()) {
				break;
			}
		}
		// Last pass with writes blocked: nothing can land in the old index after it.
		indices.blockWrites(old, true);
		caughtUp += catchUp(store, copier, indices, old, target, changedAt.get(), since, Phase.SWITCHING, progress);
		return new Copy(copied, caughtUp);
	}

	private long catchUp(String store, DocumentCopier copier, VersionedIndices indices, String old, String target,
			String field, Instant since, Phase phase, RebuildProgress progress) throws IOException {
		progress.update(new RebuildStatus(store, phase, 0, -1));
		indices.refresh(old);
		Query changed = Query.of((q) -> q.range((r) -> r.date((d) -> d.field(field).gte(since.toString()))));
		return copier.copy(old, target, changed, (n) -> progress.update(new RebuildStatus(store, phase, n, -1)));
	}

	private void verify(String store, String index, Optional<Recorded> recorded, IndexSchema expected) {
		String fix = "run `kb-indexer reindex --store " + store + "` to rebuild it with the expected mapping";
		if (recorded.isEmpty()) {
			throw new IndexSchemaMismatchException("index " + index + " (alias " + this.names.alias(store)
					+ ") has no Tandem schema fingerprint in its mapping _meta: it was not created by this version of Tandem; "
					+ fix);
		}
		if (!recorded.get().hash().equals(expected.hash())) {
			throw new IndexSchemaMismatchException("index " + index + " (alias " + this.names.alias(store)
					+ ") has schema version " + recorded.get().version() + " (fingerprint " + recorded.get().hash()
					+ "), but this Tandem expects version " + expected.version() + " (fingerprint " + expected.hash()
					+ ") from " + expected.resource() + ": " + fix);
		}
	}

	private VersionedIndices indices(String store) {
		return new VersionedIndices(this.connection, this.names.alias(store));
	}

	private Duration elapsedSince(Instant started) {
		return Duration.between(started, this.clock.instant());
	}

	private <T> T call(ElasticsearchCall<T> call) {
		try {
			return call.run();
		}
		catch (IndexLifecycleException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			if (ElasticsearchFailure.isUnreachable(ex)) {
				throw new IndexLifecycleException("Elasticsearch at " + this.connection.address()
						+ " is not reachable: " + ElasticsearchFailure.rootMessage(ex), ex);
			}
			throw new IndexLifecycleException("Elasticsearch refused: " + ElasticsearchFailure.rootMessage(ex), ex);
		}
	}

	@FunctionalInterface
	private interface ElasticsearchCall<T> {

		T run() throws IOException;

	}

	private record Copy(long copied, long caughtUp) {

	}

}
