package dev.tandem.admin.kb;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleSaved;
import dev.tandem.kb.article.StoredArticle;

/**
 * Summaries of every article, kept in memory so that the grid can filter and page through
 * thousands of articles without reading the store for every page. Filled from the store
 * on first use, updated by {@link ArticleSaved} events and by this UI's own saves, and
 * read again when it is older than {@link #MAX_AGE} (other processes, e.g. the kb-indexer
 * command line, may have changed the store).
 */
@Component
class ArticleCatalog {

	static final Duration MAX_AGE = Duration.ofMinutes(2);

	private final ArticleRepository repository;

	private final Clock clock;

	private final Map<String, ArticleSummary> byId = new ConcurrentSkipListMap<>();

	private volatile Instant loadedAt;

	ArticleCatalog(ArticleRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** Every article, ordered by id. */
	List<ArticleSummary> all() {
		ensureLoaded();
		return List.copyOf(this.byId.values());
	}

	Optional<ArticleSummary> find(String id) {
		ensureLoaded();
		return Optional.ofNullable(this.byId.get(id));
	}

	SortedSet<String> categories() {
		ensureLoaded();
		return distinct(this.byId.values().stream().flatMap((a) -> a.category().stream()));
	}

	SortedSet<String> languages() {
		ensureLoaded();
		return distinct(this.byId.values().stream().flatMap((a) -> a.language().stream()));
	}

	void update(StoredArticle article) {
		this.byId.put(article.id(), ArticleSummary.of(article));
	}

	/** Reads the store again on next use. */
	void invalidate() {
		this.loadedAt = null;
	}

	@EventListener
	void on(ArticleSaved event) {
		update(event.article());
	}

	private synchronized void ensureLoaded() {
		Instant now = this.clock.instant();
		if (this.loadedAt != null && now.isBefore(this.loadedAt.plus(MAX_AGE))) {
			return;
		}
		try (Stream<StoredArticle> articles = this.repository.all()) {
			Map<String, ArticleSummary> fresh = new ConcurrentSkipListMap<>();
			articles.forEach((article) -> fresh.put(article.id(), ArticleSummary.of(article)));
			this.byId.keySet().retainAll(fresh.keySet());
			this.byId.putAll(fresh);
		}
		this.loadedAt = now;
	}

	private static SortedSet<String> distinct(Stream<String> values) {
		SortedSet<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		values.forEach(set::add);
		return set;
	}

}
