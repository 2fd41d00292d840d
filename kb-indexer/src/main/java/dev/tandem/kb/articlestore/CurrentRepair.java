package dev.tandem.kb.articlestore;

import java.io.IOException;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.Refresh;
import dev.tandem.kb.article.ArticleStoreException;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.articlestore.internal.ArticleDocument;
import dev.tandem.kb.articlestore.internal.ArticleIndices;
import dev.tandem.kb.articlestore.internal.ArticleIndices.Current;
import dev.tandem.kb.articlestore.internal.VersionDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an article's current document and makes it the highest recorded version when it
 * is behind: a save records its version document before it writes the current document,
 * so a save interrupted in between (or still running) leaves version {@code n+1} next to
 * a current document at {@code n}. The check is one real-time GET of version {@code n+1}.
 */
class CurrentRepair {

	/** Rounds of racing writers a read tolerates before it gives up. */
	private static final int MAX_ROUNDS = 50;

	private static final Logger log = LoggerFactory.getLogger(CurrentRepair.class);

	private final ArticleIndices indices;

	private final ArticleEvents events;

	CurrentRepair(ArticleIndices indices, ArticleEvents events) {
		this.indices = indices;
		this.events = events;
	}

	Optional<Current> readRepaired(String id) throws IOException {
		for (int round = 0; round < MAX_ROUNDS; round++) {
			Optional<Current> current = this.indices.current(id);
			int number = current.map(Current::version).orElse(0);
			Optional<VersionDocument> newest = Optional.empty();
			for (Optional<VersionDocument> next = this.indices.version(id, number + 1); next
				.isPresent(); next = this.indices.version(id, next.get().number() + 1)) {
				newest = next;
			}
			if (newest.isEmpty()) {
				return current;
			}
			StoredArticle repaired = newest.get().toStoredArticle();
			if (this.indices.writeCurrent(ArticleDocument.of(repaired), current, Refresh.False)) {
				log.info("Article '{}': made version {} current (its save had not finished writing)", id,
						repaired.version().number());
				SaveResult.Outcome outcome = (repaired.version().number() == 1) ? SaveResult.Outcome.CREATED
						: SaveResult.Outcome.UPDATED;
				this.events.saved(repaired, outcome, current.map(Current::document));
			}
			// Read again: either our write or a concurrent one is there now.
		}
		throw new ArticleStoreException(
				"article '" + id + "' kept changing while it was read (" + MAX_ROUNDS + " rounds); try again");
	}

}
