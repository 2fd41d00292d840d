package dev.tandem.kb.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where articles and their versions are kept. Implemented by the Elasticsearch article
 * store; every feature that reads or writes articles goes through this port.
 * <p>
 * Contract every implementation keeps (checked by {@code ArticleRepositoryContract} in
 * the test sources):
 * <ul>
 * <li>{@link #save} is atomic per article: afterwards the article is either entirely the
 * new version or entirely the previous one, also when two saves of the same id race (one
 * of them wins, the other makes the next version or fails with
 * {@link ArticleStoreException}).</li>
 * <li>Saving content whose {@link ArticleContent#contentHash()} equals the current
 * version's stores nothing and returns {@link SaveResult.Outcome#UNCHANGED}.</li>
 * <li>The content given to {@link #save} is kept exactly (e.g. an empty language stays
 * empty; a detected language is index data, not content), so that saving it again is
 * recognised as unchanged.</li>
 * <li>Failures are reported as {@link ArticleStoreException}.</li>
 * </ul>
 */
public interface ArticleRepository {

	/**
	 * The current version of an article.
	 * @param id article id
	 * @return the article, empty when no article has this id
	 */
	Optional<StoredArticle> find(String id);

	/**
	 * Stores content as a new version of its article, or as version 1 of a new article.
	 * @param content the content
	 * @param change who changes it and why
	 * @return what happened and the current version afterwards
	 */
	SaveResult save(ArticleContent content, ArticleChange change);

	/**
	 * Saves several articles (an import), each one atomically and with the same outcome
	 * as {@link #save} would have, but not all or nothing: an article that fails leaves
	 * the others saved. Implementations write in bulk; this default saves one by one and
	 * stops at the first failure (the rest fail with the same cause, unattempted). The
	 * ids must be distinct.
	 * @param saves the articles
	 * @return per article, same order, what happened
	 */
	default List<SaveAttempt> saveAll(List<ArticleSave> saves) {
		List<SaveAttempt> attempts = new ArrayList<>(saves.size());
		Optional<ArticleStoreException> stopped = Optional.empty();
		for (ArticleSave save : saves) {
			if (stopped.isPresent()) {
				attempts.add(SaveAttempt.failed(new ArticleStoreException(
						"not attempted after an earlier failure: " + stopped.get().getMessage(), stopped.get())));
				continue;
			}
			try {
				attempts.add(SaveAttempt.saved(save(save.content(), save.change())));
			}
			catch (ArticleStoreException ex) {
				stopped = Optional.of(ex);
				attempts.add(SaveAttempt.failed(ex));
			}
		}
		return attempts;
	}

	/**
	 * Every article's current version, ordered by id. Close the stream when done
	 * (implementations may hold a cursor).
	 * @return the articles
	 */
	Stream<StoredArticle> all();

	/**
	 * Every version of an article, oldest first.
	 * @param id article id
	 * @return the versions, empty when no article has this id
	 */
	List<ArticleVersion> history(String id);

	/**
	 * The content of one version of an article.
	 * @param id article id
	 * @param number version number, from 1
	 * @return the content, empty when there is no such article or version
	 */
	Optional<ArticleContent> version(String id, int number);

}
