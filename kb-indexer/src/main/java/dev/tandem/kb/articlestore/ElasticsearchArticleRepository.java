package dev.tandem.kb.articlestore;

import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch._types.Refresh;
import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleSave;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStoreException;
import dev.tandem.kb.article.ArticleVersion;
import dev.tandem.kb.article.SaveAttempt;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.articlestore.internal.ArticleDocument;
import dev.tandem.kb.articlestore.internal.ArticleIndices;
import dev.tandem.kb.articlestore.internal.ArticleIndices.Current;
import dev.tandem.kb.articlestore.internal.ChangedFields;
import dev.tandem.kb.articlestore.internal.StoreCalls;
import dev.tandem.kb.articlestore.internal.VersionDocument;

/**
 * {@link ArticleRepository} in Elasticsearch: {@code <prefix>-articles} holds the current
 * version of every article, {@code <prefix>-article-versions} one immutable document per
 * version (docs/knowledge-base-store.md).
 * <p>
 * A save writes the version document first, with {@code op_type=create}: the version
 * number is claimed there, and a racing save that claimed it first makes this one re-read
 * and try the next number. Then the current document is written with
 * {@code if_seq_no}/{@code if_primary_term}. The versions index is the truth: a save
 * interrupted between the two writes (crash, lost connection) left a version document
 * newer than the current one, and the next read or save of that article makes the highest
 * version current ("repair").
 * <p>
 * Refresh: single articles and versions are read with real-time GETs, so {@link #find},
 * {@link #history} and {@link #version} see every acknowledged save. Searches over the
 * current index (listings by status) see saves from the UI and from resolutions at once
 * ({@code refresh=wait_for}); imports do not wait (bulk speed) and become searchable
 * within the refresh interval (1 s). {@link #all()} refreshes before it lists.
 */
public class ElasticsearchArticleRepository implements ArticleRepository {

	/** Saves of one article that may overtake this one before it gives up. */
	static final int MAX_CONFLICTS = 20;

	private final ArticleIndices indices;

	private final StoreCalls calls;

	private final ArticleEvents events;

	private final Clock clock;

	private final CurrentRepair repair;

	private final BulkSave bulk;

	ElasticsearchArticleRepository(ArticleIndices indices, StoreCalls calls, ArticleEvents events, Clock clock) {
		this.indices = indices;
		this.calls = calls;
		this.events = events;
		this.clock = clock;
		this.repair = new CurrentRepair(indices, events);
		this.bulk = new BulkSave(indices, calls, events, clock, this);
	}

	@Override
	public Optional<StoredArticle> find(String id) {
		return this.calls.run("read article '" + id + "'",
				() -> this.repair.readRepaired(id).map((current) -> current.document().toStoredArticle()));
	}

	@Override
	public SaveResult save(ArticleContent content, ArticleChange change) {
		String id = content.id();
		Claimed claimed = this.calls.runRetryingWhileBlocked("save article '" + id + "'", () -> claim(content, change));
		if (claimed.result().outcome() == SaveResult.Outcome.UNCHANGED) {
			return claimed.result();
		}
		StoredArticle stored = new StoredArticle(content, claimed.result().version());
		// From here on the version is recorded: a failure below leaves it to be made
		// current by the next read, never lost.
		this.calls.runRetryingWhileBlocked("make version " + stored.version().number() + " of '" + id + "' current",
				() -> makeCurrent(stored, claimed, refreshFor(change)));
		this.events.saved(stored, claimed.result().outcome(), claimed.previous().map(Current::document));
		return claimed.result();
	}

	/** In bulk: four requests for the whole batch (see {@link BulkSave}). */
	@Override
	public List<SaveAttempt> saveAll(List<ArticleSave> saves) {
		return this.bulk.saveAll(saves);
	}

	/** The current document, repaired first when a save was interrupted. */
	Optional<Current> readRepaired(String id) throws IOException {
		return this.repair.readRepaired(id);
	}

	@Override
	public Stream<StoredArticle> all() {
		this.calls.run("list articles", () -> {
			this.indices.refreshVersions();
			return null;
		});
		return new LatestVersions(this.indices, this.calls).stream().map(VersionDocument::toStoredArticle);
	}

	@Override
	public List<ArticleVersion> history(String id) {
		return this.calls.run("read the history of '" + id + "'", () -> {
			Optional<Current> current = this.repair.readRepaired(id);
			if (current.isEmpty()) {
				return List.of();
			}
			return this.indices.versionsUpTo(id, current.get().version())
				.stream()
				.map(VersionDocument::toVersion)
				.toList();
		});
	}

	@Override
	public Optional<ArticleContent> version(String id, int number) {
		if (number < 1) {
			return Optional.empty();
		}
		return this.calls.run("read version " + number + " of '" + id + "'",
				() -> this.indices.version(id, number).map((version) -> version.toStoredArticle().content()));
	}

	/**
	 * Claims the next version number by creating its version document, or finds the
	 * content unchanged.
	 */
	private Claimed claim(ArticleContent content, ArticleChange change) throws IOException {
		for (int attempt = 0; attempt < MAX_CONFLICTS; attempt++) {
			Optional<Current> current = this.repair.readRepaired(content.id());
			if (current.isPresent() && current.get().document().contentHash().equals(content.contentHash())) {
				return new Claimed(new SaveResult(SaveResult.Outcome.UNCHANGED,
						current.get().document().toStoredArticle().version()), current);
			}
			int number = current.map(Current::version).orElse(0) + 1;
			ArticleVersion version = ArticleVersion.of(content, number, change,
					this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
			Optional<ArticleContent> previous = current.map((c) -> c.document().toStoredArticle().content());
			if (this.indices
				.createVersion(VersionDocument.of(content, version, ChangedFields.between(previous, content)))) {
				SaveResult.Outcome outcome = (number == 1) ? SaveResult.Outcome.CREATED : SaveResult.Outcome.UPDATED;
				return new Claimed(new SaveResult(outcome, version), current);
			}
		}
		throw new ArticleStoreException("article '" + content.id() + "' was changed by other saves " + MAX_CONFLICTS
				+ " times while this save tried; nothing was saved, try again");
	}

	private Void makeCurrent(StoredArticle stored, Claimed claimed, Refresh refresh) throws IOException {
		if (!claimed.attempted) {
			claimed.attempted = true;
			if (this.indices.writeCurrent(ArticleDocument.of(stored), claimed.previous(), refresh)) {
				return null;
			}
		}
		// Someone wrote the current document first: a reader that repaired it with this
		// version, or a newer save. Either way the highest version becomes current.
		this.repair.readRepaired(stored.id());
		return null;
	}

	private static Refresh refreshFor(ArticleChange change) {
		return (change.source() == ArticleSource.IMPORT) ? Refresh.False : Refresh.WaitFor;
	}

	/** Result of the first step of a save, and what the current document was then. */
	private static final class Claimed {

		private final SaveResult result;

		private final Optional<Current> previous;

		/** A write retried after a write block must not reuse the old sequence number. */
		private boolean attempted;

		Claimed(SaveResult result, Optional<Current> previous) {
			this.result = result;
			this.previous = previous;
		}

		SaveResult result() {
			return this.result;
		}

		Optional<Current> previous() {
			return this.previous;
		}

	}

}
