package dev.tandem.connector.gaps;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleVersion;
import dev.tandem.kb.article.SaveResult;
import dev.tandem.kb.article.StoredArticle;

/** Articles kept in memory, by the repository's contract (versions, unchanged saves). */
final class InMemoryArticles implements ArticleRepository {

	private final Map<String, List<StoredArticle>> versions = new TreeMap<>();

	@Override
	public synchronized Optional<StoredArticle> find(String id) {
		return Optional.ofNullable(this.versions.get(id)).map((list) -> list.get(list.size() - 1));
	}

	@Override
	public synchronized SaveResult save(ArticleContent content, ArticleChange change) {
		List<StoredArticle> list = this.versions.computeIfAbsent(content.id(), (id) -> new ArrayList<>());
		if (!list.isEmpty() && list.get(list.size() - 1).content().contentHash().equals(content.contentHash())) {
			return new SaveResult(SaveResult.Outcome.UNCHANGED, list.get(list.size() - 1).version());
		}
		ArticleVersion version = ArticleVersion.of(content, list.size() + 1, change, Instant.now());
		list.add(new StoredArticle(content, version));
		return new SaveResult((list.size() == 1) ? SaveResult.Outcome.CREATED : SaveResult.Outcome.UPDATED, version);
	}

	@Override
	public synchronized Stream<StoredArticle> all() {
		return this.versions.values().stream().map((list) -> list.get(list.size() - 1)).toList().stream();
	}

	@Override
	public synchronized List<ArticleVersion> history(String id) {
		return this.versions.getOrDefault(id, List.of()).stream().map(StoredArticle::version).toList();
	}

	@Override
	public synchronized Optional<ArticleContent> version(String id, int number) {
		List<StoredArticle> list = this.versions.getOrDefault(id, List.of());
		return (number >= 1 && number <= list.size()) ? Optional.of(list.get(number - 1).content()) : Optional.empty();
	}

}
