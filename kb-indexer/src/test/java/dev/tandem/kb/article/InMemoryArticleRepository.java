package dev.tandem.kb.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@link ArticleRepository} kept in memory, for tests of the features built on the port.
 */
public class InMemoryArticleRepository implements ArticleRepository {

	private final Clock clock;

	private final Map<String, List<StoredArticle>> versionsById = new TreeMap<>();

	private int saveCount;

	public InMemoryArticleRepository(Clock clock) {
		this.clock = clock;
	}

	@Override
	public synchronized Optional<StoredArticle> find(String id) {
		return Optional.ofNullable(this.versionsById.get(id)).map(List::getLast);
	}

	@Override
	public synchronized SaveResult save(ArticleContent content, ArticleChange change) {
		List<StoredArticle> versions = this.versionsById.computeIfAbsent(content.id(), (id) -> new ArrayList<>());
		if (!versions.isEmpty() && versions.getLast().version().contentHash().equals(content.contentHash())) {
			return new SaveResult(SaveResult.Outcome.UNCHANGED, versions.getLast().version());
		}
		ArticleVersion version = ArticleVersion.of(content, versions.size() + 1, change, this.clock.instant());
		versions.add(new StoredArticle(content, version));
		this.saveCount++;
		return new SaveResult((version.number() == 1) ? SaveResult.Outcome.CREATED : SaveResult.Outcome.UPDATED,
				version);
	}

	@Override
	public synchronized Stream<StoredArticle> all() {
		return this.versionsById.values().stream().map(List::getLast).toList().stream();
	}

	@Override
	public synchronized List<ArticleVersion> history(String id) {
		return this.versionsById.getOrDefault(id, List.of()).stream().map(StoredArticle::version).toList();
	}

	@Override
	public synchronized Optional<ArticleContent> version(String id, int number) {
		List<StoredArticle> versions = this.versionsById.getOrDefault(id, List.of());
		return (number >= 1 && number <= versions.size()) ? Optional.of(versions.get(number - 1).content())
				: Optional.empty();
	}

	/**
	 * How many versions were stored, to prove that something did not write.
	 * @return the number of stored versions
	 */
	public synchronized int saveCount() {
		return this.saveCount;
	}

}
