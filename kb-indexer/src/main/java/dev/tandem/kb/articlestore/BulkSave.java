package dev.tandem.kb.articlestore;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleSave;
import dev.tandem.kb.article.ArticleStoreException;
import dev.tandem.kb.article.ArticleVersion;
import dev.tandem.kb.article.SaveAttempt;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.articlestore.internal.ArticleDocument;
import dev.tandem.kb.articlestore.internal.ArticleIndices;
import dev.tandem.kb.articlestore.internal.ArticleIndices.BulkOutcome;
import dev.tandem.kb.articlestore.internal.ArticleIndices.Current;
import dev.tandem.kb.articlestore.internal.ChangedFields;
import dev.tandem.kb.articlestore.internal.StoreCalls;
import dev.tandem.kb.articlestore.internal.VersionDocument;
import dev.tandem.kb.articlestore.internal.VersionIds;

/**
 * Saves many articles with four requests instead of four per article: one multi-get of
 * the current documents, one of the versions that would follow them (an interrupted save
 * to repair first), one bulk request creating the new version documents, one writing the
 * current documents with their sequence numbers. Each article keeps the protocol of a
 * single save (version claimed first with {@code op_type=create}, then made current with
 * optimistic concurrency), so a batch is atomic per article, not as a whole. Anything
 * unusual for one article (a version to repair, a racing save, a write block) sends that
 * article through the single save, which knows how to handle it.
 */
final class BulkSave {

	private final ArticleIndices indices;

	private final StoreCalls calls;

	private final ArticleEvents events;

	private final Clock clock;

	private final ElasticsearchArticleRepository single;

	BulkSave(ArticleIndices indices, StoreCalls calls, ArticleEvents events, Clock clock,
			ElasticsearchArticleRepository single) {
		this.indices = indices;
		this.calls = calls;
		this.events = events;
		this.clock = clock;
		this.single = single;
	}

	List<SaveAttempt> saveAll(List<ArticleSave> saves) {
		SaveAttempt[] attempts = new SaveAttempt[saves.size()];
		if (saves.isEmpty()) {
			return List.of();
		}
		if (saves.stream().map((save) -> save.content().id()).distinct().count() < saves.size()) {
			throw new IllegalArgumentException("an id appears twice in one saveAll");
		}
		List<Integer> alone = new ArrayList<>();
		try {
			List<String> ids = saves.stream().map((save) -> save.content().id()).toList();
			Map<String, Current> currents = this.calls.run("read " + ids.size() + " articles",
					() -> this.indices.currents(ids));
			List<String> followers = ids.stream()
				.map((id) -> VersionIds.of(id,
						Optional.ofNullable(currents.get(id)).map(Current::version).orElse(0) + 1))
				.toList();
			Set<String> behind = this.calls.run("read " + ids.size() + " article versions",
					() -> this.indices.existingVersions(followers));
			List<Claim> claims = new ArrayList<>();
			for (int i = 0; i < saves.size(); i++) {
				ArticleContent content = saves.get(i).content();
				Optional<Current> current = Optional.ofNullable(currents.get(content.id()));
				if (behind.contains(followers.get(i))) {
					alone.add(i);
				}
				else if (current.isPresent() && current.get().document().contentHash().equals(content.contentHash())) {
					attempts[i] = SaveAttempt.saved(new SaveResult(SaveResult.Outcome.UNCHANGED,
							current.get().document().toStoredArticle().version()));
				}
				else {
					claims.add(claim(i, saves.get(i), current));
				}
			}
			List<Claim> claimed = createVersions(claims, attempts, alone);
			makeCurrent(claimed, attempts, alone);
		}
		catch (ArticleStoreException ex) {
			// The cluster failed as a whole: the articles not decided yet were not saved
			// (a version already claimed is made current by the next read).
			for (int i = 0; i < attempts.length; i++) {
				if (attempts[i] == null) {
					attempts[i] = SaveAttempt.failed(ex);
				}
			}
			alone.clear();
		}
		for (int i : alone) {
			try {
				attempts[i] = SaveAttempt.saved(this.single.save(saves.get(i).content(), saves.get(i).change()));
			}
			catch (ArticleStoreException ex) {
				attempts[i] = SaveAttempt.failed(ex);
			}
		}
		return List.of(attempts);
	}

	private Claim claim(int position, ArticleSave save, Optional<Current> current) {
		ArticleContent content = save.content();
		int number = current.map(Current::version).orElse(0) + 1;
		ArticleVersion version = ArticleVersion.of(content, number, save.change(),
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
		Optional<ArticleContent> previous = current.map((c) -> c.document().toStoredArticle().content());
		return new Claim(position, new StoredArticle(content, version), current,
				VersionDocument.of(content, version, ChangedFields.between(previous, content)));
	}

	/** Claims the version numbers; returns the claims that got theirs. */
	private List<Claim> createVersions(List<Claim> claims, SaveAttempt[] attempts, List<Integer> alone) {
		List<BulkOutcome> outcomes = this.calls.run("save " + claims.size() + " articles",
				() -> this.indices.createVersions(claims.stream().map(Claim::version).toList()));
		List<Claim> claimed = new ArrayList<>();
		for (int c = 0; c < claims.size(); c++) {
			Claim claim = claims.get(c);
			BulkOutcome outcome = outcomes.get(c);
			if (outcome.written()) {
				claimed.add(claim);
			}
			else if (outcome.conflict() || outcome.writeBlocked()) {
				alone.add(claim.position());
			}
			else {
				attempts[claim.position()] = SaveAttempt.failed(new ArticleStoreException("could not save article '"
						+ claim.stored().id() + "': Elasticsearch refused it: " + outcome.error().orElse("?")));
			}
		}
		return claimed;
	}

	private void makeCurrent(List<Claim> claimed, SaveAttempt[] attempts, List<Integer> alone) {
		List<BulkOutcome> outcomes = this.calls.run("make " + claimed.size() + " saved articles current",
				() -> this.indices.writeCurrents(claimed.stream().map((c) -> ArticleDocument.of(c.stored())).toList(),
						claimed.stream().map(Claim::current).toList()));
		for (int c = 0; c < claimed.size(); c++) {
			Claim claim = claimed.get(c);
			BulkOutcome outcome = outcomes.get(c);
			StoredArticle stored = claim.stored();
			if (!outcome.written()) {
				if (!outcome.conflict()) {
					attempts[claim.position()] = SaveAttempt.failed(new ArticleStoreException("version "
							+ stored.version().number() + " of '" + stored.id() + "' is recorded but not current yet ("
							+ outcome.error().orElse("?") + "); the next read of the article completes it"));
					continue;
				}
				// Someone wrote the current document first (a reader that repaired it
				// with this version, or a newer save): the highest version becomes
				// current, as after a single save.
				this.calls.run("make version " + stored.version().number() + " of '" + stored.id() + "' current",
						() -> this.single.readRepaired(stored.id()));
			}
			SaveResult.Outcome result = (stored.version().number() == 1) ? SaveResult.Outcome.CREATED
					: SaveResult.Outcome.UPDATED;
			attempts[claim.position()] = SaveAttempt.saved(new SaveResult(result, stored.version()));
			this.events.saved(stored, result, claim.current().map(Current::document));
		}
	}

	private record Claim(int position, StoredArticle stored, Optional<Current> current, VersionDocument version) {
	}

}
