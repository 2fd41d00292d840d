package dev.tandem.admin.kb;

import java.util.Locale;
import java.util.Optional;

import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;

/**
 * What the knowledge-base grid shows: a text (searched like a customer question, or
 * matched against titles) and filters that all have to hold.
 *
 * @param text free text; blank lists every article
 * @param mode how the text is used
 * @param status only this status, when set
 * @param category only this category, when set
 * @param language only this language, when set
 * @param source only articles whose current version came from this source, when set
 * @param performance only articles whose automatic answers go this way, when set
 */
public record ArticleQuery(String text, TextMode mode, Optional<ArticleStatus> status, Optional<String> category,
		Optional<String> language, Optional<ArticleSource> source, Optional<AnswerPerformance> performance) {

	/** How the query text is used. */
	public enum TextMode {

		/** Ranked search through retrieval, as a customer's question would be. */
		SEARCH,

		/** Articles whose title contains the text, ignoring case. */
		TITLE

	}

	public ArticleQuery {
		text = (text == null) ? "" : text.strip();
		mode = (mode == null) ? TextMode.SEARCH : mode;
		status = (status == null) ? Optional.empty() : status;
		category = (category == null) ? Optional.empty() : category.filter((c) -> !c.isBlank());
		language = (language == null) ? Optional.empty() : language.filter((l) -> !l.isBlank());
		source = (source == null) ? Optional.empty() : source;
		performance = (performance == null) ? Optional.empty() : performance;
	}

	public static ArticleQuery everything() {
		return new ArticleQuery("", TextMode.SEARCH, Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty());
	}

	/** Whether the rows come ranked from retrieval rather than from the catalogue. */
	public boolean isSearch() {
		return this.mode == TextMode.SEARCH && !this.text.isEmpty();
	}

	/** Whether an article matches the filters (and, in title mode, the text). */
	public boolean matches(ArticleSummary article) {
		return this.status.map((s) -> s == article.status()).orElse(true)
				&& this.category.map((c) -> article.category().filter(c::equalsIgnoreCase).isPresent()).orElse(true)
				&& this.language.map((l) -> article.language().filter(l::equalsIgnoreCase).isPresent()).orElse(true)
				&& this.source.map((s) -> s == article.source()).orElse(true)
				&& this.performance.map((p) -> p == article.performance()).orElse(true) && matchesTitle(article);
	}

	private boolean matchesTitle(ArticleSummary article) {
		if (this.mode != TextMode.TITLE || this.text.isEmpty()) {
			return true;
		}
		return article.title().toLowerCase(Locale.ROOT).contains(this.text.toLowerCase(Locale.ROOT))
				|| article.id().toLowerCase(Locale.ROOT).contains(this.text.toLowerCase(Locale.ROOT));
	}

}
