package dev.tandem.kb.listing;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;

/**
 * Which articles to list, one page of them.
 *
 * @param status only this status
 * @param source only articles whose current version came from this source
 * @param category only this category (exact, ignoring case)
 * @param language only this language (its primary subtag: {@code zh} matches
 * {@code zh-CN})
 * @param text words that must all occur in the title, questions, body or answer (ignoring
 * case)
 * @param page page number from 0
 * @param size articles per page, 1 to {@value #MAX_SIZE}
 */
public record ArticleQuery(Optional<ArticleStatus> status, Optional<ArticleSource> source, Optional<String> category,
		Optional<String> language, Optional<String> text, int page, int size) {

	public static final int MAX_SIZE = 200;

	public static final int MAX_PAGE = 10_000;

	public ArticleQuery {
		status = Objects.requireNonNullElse(status, Optional.empty());
		source = Objects.requireNonNullElse(source, Optional.empty());
		category = blankless(category);
		language = blankless(language);
		text = blankless(text);
		if (page < 0 || page > MAX_PAGE) {
			throw new IllegalArgumentException("page must be 0 to " + MAX_PAGE + ", got " + page);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", got " + size);
		}
	}

	public static ArticleQuery all() {
		return new ArticleQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), 0, 50);
	}

	private static Optional<String> blankless(Optional<String> value) {
		return Objects.requireNonNullElse(value, Optional.<String>empty())
			.map(String::strip)
			.filter((v) -> !v.isEmpty())
			.map((v) -> v.toLowerCase(Locale.ROOT));
	}

}
