package dev.tandem.connector.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.harvest.Provenance;
import dev.tandem.kb.listing.ArticleListing;
import dev.tandem.kb.listing.ArticlePage;
import dev.tandem.kb.listing.ArticleQuery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Knowledge-base articles ({@code GET /api/v1/kb/articles}), e.g. the drafts made from
 * human resolutions: {@code ?status=DRAFT&source=RESOLUTION}.
 */
@RestController
class ArticleController {

	private final ObjectProvider<ArticleListing> listing;

	ArticleController(ObjectProvider<ArticleListing> listing) {
		this.listing = listing;
	}

	@GetMapping("/api/v1/kb/articles")
	ResponseEntity<Map<String, Object>> articles(@RequestParam Optional<String> status,
			@RequestParam Optional<String> source, @RequestParam Optional<String> category,
			@RequestParam Optional<String> language, @RequestParam Optional<String> q,
			@RequestParam Optional<String> page, @RequestParam Optional<String> size) {
		ArticleListing articles = this.listing.getIfAvailable();
		if (articles == null) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.body(Map.of("error", "this process has no knowledge base"));
		}
		ArticleQuery query = new ArticleQuery(status.map((value) -> parse(ArticleStatus.class, "status", value)),
				source.map((value) -> parse(ArticleSource.class, "source", value)), category,
				language.map(ArticleController::language), q, number("page", page, 0, 0, ArticleQuery.MAX_PAGE),
				number("size", size, 50, 1, ArticleQuery.MAX_SIZE));
		ArticlePage found = articles.list(query);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("articles", found.articles().stream().map(ArticleController::json).toList());
		body.put("total", found.total());
		body.put("page", found.page());
		body.put("size", found.size());
		return ResponseEntity.ok(body);
	}

	private static Map<String, Object> json(StoredArticle article) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", article.id());
		json.put("title", article.content().title());
		json.put("status", article.content().status().name());
		json.put("source", article.version().source().name());
		article.content().category().ifPresent((value) -> json.put("category", value));
		article.content().language().ifPresent((value) -> json.put("language", value));
		json.put("updatedAt", article.version().createdAt().toString());
		json.put("version", article.version().number());
		Provenance.of(article.content()).ifPresent((provenance) -> {
			json.put("sourceTicket", provenance.ticket());
			provenance.link().ifPresent((link) -> json.put("sourceTicketUrl", link));
			provenance.suggestedEditOf().ifPresent((target) -> json.put("suggestedEditOf", target));
		});
		return json;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"'" + name + "' must be one of " + List.of(type.getEnumConstants()) + ", got '" + value + "'");
		}
	}

	private static String language(String value) {
		if (!value.isBlank() && !dev.tandem.kb.article.ArticleContent.isLanguageTag(value)) {
			throw new IllegalArgumentException(
					"'language' must be a language tag such as en or zh-CN, got '" + value + "'");
		}
		return value;
	}

	private static int number(String name, Optional<String> value, int fallback, int min, int max) {
		if (value.isEmpty() || value.get().isBlank()) {
			return fallback;
		}
		try {
			int number = Integer.parseInt(value.get().strip());
			if (number < min || number > max) {
				throw new NumberFormatException();
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					"'" + name + "' must be a whole number from " + min + " to " + max + ", got '" + value.get() + "'");
		}
	}

}
