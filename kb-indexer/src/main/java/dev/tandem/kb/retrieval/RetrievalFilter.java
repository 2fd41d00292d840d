package dev.tandem.kb.retrieval;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.article.ArticleStatus;

/**
 * Which units a search considers.
 *
 * @param statuses article statuses searched (answers use only {@code PUBLISHED})
 * @param language only units in this language; empty means any (kNN still compares only
 * units in the question's language: the models' vectors differ)
 * @param category only articles of this category
 */
public record RetrievalFilter(Set<ArticleStatus> statuses, Optional<Language> language, Optional<String> category) {

	public RetrievalFilter {
		Objects.requireNonNull(statuses, "statuses");
		if (statuses.isEmpty()) {
			throw new IllegalArgumentException("a filter needs at least one status");
		}
		statuses = Set.copyOf(statuses);
		Objects.requireNonNull(language, "language");
		category = Objects.requireNonNull(category, "category").map(String::strip).filter((c) -> !c.isEmpty());
	}

	/** Published articles of every language and category: what answers tickets. */
	public static RetrievalFilter published() {
		return new RetrievalFilter(EnumSet.of(ArticleStatus.PUBLISHED), Optional.empty(), Optional.empty());
	}

	/** Drafts and published articles: what an editor searches. */
	public static RetrievalFilter publishedAndDrafts() {
		return new RetrievalFilter(EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.DRAFT), Optional.empty(),
				Optional.empty());
	}

	public RetrievalFilter withCategory(String newCategory) {
		return new RetrievalFilter(this.statuses, this.language, Optional.ofNullable(newCategory));
	}

	public RetrievalFilter withLanguage(Language newLanguage) {
		return new RetrievalFilter(this.statuses, Optional.ofNullable(newLanguage), this.category);
	}

	public RetrievalFilter withStatuses(Set<ArticleStatus> newStatuses) {
		return new RetrievalFilter(newStatuses, this.language, this.category);
	}

}
