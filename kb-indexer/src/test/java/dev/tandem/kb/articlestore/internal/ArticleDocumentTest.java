package dev.tandem.kb.articlestore.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleVersion;
import dev.tandem.kb.article.StoredArticle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The documents keep everything an article is, through JSON and back. */
class ArticleDocumentTest {

	private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
			false);

	private final ArticleContent content = ArticleContent.builder("refund-time", "Refunds", "Take *5* days.")
		.answer("Five days.")
		.questions(List.of("when do I get my money back"))
		.category("billing")
		.language("en")
		.tags(List.of("refund"))
		.build();

	private final ArticleVersion version = ArticleVersion.of(this.content, 3,
			new ArticleChange("bob", ArticleSource.UI, "clearer"), Instant.parse("2026-11-21T10:00:00.123Z"));

	@Test
	void theCurrentDocumentRoundTrips() throws Exception {
		StoredArticle article = new StoredArticle(this.content, this.version);

		String written = this.json.writeValueAsString(ArticleDocument.of(article));

		assertThat(written).contains("\"content_hash\"").contains("\"updated_at\":\"2026-11-21T10:00:00.123Z\"");
		assertThat(this.json.readValue(written, ArticleDocument.class).toStoredArticle()).isEqualTo(article);
	}

	@Test
	void theVersionDocumentRoundTripsAndLeavesOutAbsentFields() throws Exception {
		ArticleContent bare = ArticleContent.builder("bare", "Bare", "Body").build();
		ArticleVersion bareVersion = ArticleVersion.of(bare, 1, new ArticleChange("a", ArticleSource.IMPORT, "i"),
				Instant.parse("2026-11-21T10:00:00Z"));

		String written = this.json
			.writeValueAsString(VersionDocument.of(bare, bareVersion, ChangedFields.between(Optional.empty(), bare)));

		assertThat(written).doesNotContain("answer").doesNotContain("language").contains("\"article_id\":\"bare\"");
		assertThat(this.json.readValue(written, VersionDocument.class).toStoredArticle())
			.isEqualTo(new StoredArticle(bare, bareVersion));
	}

}
