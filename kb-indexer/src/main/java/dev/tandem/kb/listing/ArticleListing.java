package dev.tandem.kb.listing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.StoredArticle;

/**
 * Lists articles with filters and paging (admin views, {@code GET /api/v1/kb/articles}).
 * It reads every article's current version from the store (which sees every acknowledged
 * save at once) and filters in memory: right for knowledge bases of up to some ten
 * thousand articles.
 */
public class ArticleListing {

	private final ArticleRepository articles;

	public ArticleListing(ArticleRepository articles) {
		this.articles = articles;
	}

	public ArticlePage list(ArticleQuery query) {
		List<StoredArticle> matching;
		try (Stream<StoredArticle> all = this.articles.all()) {
			matching = all.filter(matches(query))
				.sorted(Comparator.comparing((StoredArticle article) -> article.version().createdAt())
					.reversed()
					.thenComparing(StoredArticle::id))
				.toList();
		}
		long from = (long) query.page() * query.size();
		List<StoredArticle> page = (from >= matching.size()) ? List.of()
				: matching.subList((int) from, (int) Math.min(matching.size(), from + query.size()));
		return new ArticlePage(page, matching.size(), query.page(), query.size());
	}

	private static Predicate<StoredArticle> matches(ArticleQuery query) {
		return (article) -> {
			ArticleContent content = article.content();
			return query.status().map((status) -> content.status() == status).orElse(true)
					&& query.source().map((source) -> article.version().source() == source).orElse(true)
					&& query.category()
						.map((category) -> content.category().map((c) -> c.equalsIgnoreCase(category)).orElse(false))
						.orElse(true)
					&& query.language().map((language) -> languageMatches(content, language)).orElse(true)
					&& query.text().map((text) -> containsAll(content, text)).orElse(true);
		};
	}

	private static boolean languageMatches(ArticleContent content, String wanted) {
		return content.language().map((tag) -> {
			String lower = tag.toLowerCase(Locale.ROOT);
			return lower.equals(wanted) || lower.startsWith(wanted + "-");
		}).orElse(false);
	}

	private static boolean containsAll(ArticleContent content, String text) {
		String haystack = (content.id() + "\n" + content.title() + "\n" + String.join("\n", content.questions()) + "\n"
				+ content.body() + "\n" + content.answer().orElse(""))
			.toLowerCase(Locale.ROOT);
		return Arrays.stream(text.split("\\s+")).allMatch(haystack::contains);
	}

}
