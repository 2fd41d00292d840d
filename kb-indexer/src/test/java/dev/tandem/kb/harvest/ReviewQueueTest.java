package dev.tandem.kb.harvest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.InMemoryArticleRepository;
import dev.tandem.kb.article.StoredArticle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewQueueTest {

	private final InMemoryArticleRepository articles = new InMemoryArticleRepository(
			Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));

	private final ReviewQueue queue = new ReviewQueue(this.articles);

	private ResolutionHarvester harvester(Optional<NearDuplicates.Match> nearest) {
		return new ResolutionHarvester(this.articles, (question) -> nearest, (text) -> text,
				HarvestSettings.defaults());
	}

	private static ResolvedTicket ticket(String key, String summary, String reply) {
		return new ResolvedTicket(key, Optional.empty(), summary, "", List.of(reply), Optional.empty(),
				Optional.empty());
	}

	@Test
	void listsPendingDraftsAndSuggestionsBesideTheirTarget() {
		publishRefundArticle();
		harvester(Optional.empty()).harvest(ticket("SUP-1", "Export my data", "Settings > Privacy > Export."));
		harvester(Optional.of(new NearDuplicates.Match("refund-time", 0.9)))
			.harvest(ticket("SUP-2", "Refund still missing", "Card refunds can take 10 business days."));

		List<ReviewItem> pending = this.queue.pending();

		assertThat(pending).extracting((item) -> item.draft().id())
			.containsExactlyInAnyOrder("resolutions/sup-1", "resolutions/sup-2");
		ReviewItem suggestion = this.queue.item("resolutions/sup-2").orElseThrow();
		assertThat(suggestion.isSuggestedEdit()).isTrue();
		assertThat(suggestion.target()).map(StoredArticle::id).contains("refund-time");
	}

	@Test
	void approvingADraftPublishesIt() {
		harvester(Optional.empty()).harvest(ticket("SUP-1", "Export my data", "Settings > Privacy > Export."));

		StoredArticle published = this.queue.approve("resolutions/sup-1", "kim", false);

		assertThat(published.content().status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.version().author()).isEqualTo("kim");
		assertThat(this.queue.pending()).isEmpty();
	}

	@Test
	void approvingASuggestionMergesItIntoItsTargetAndArchivesIt() {
		publishRefundArticle();
		harvester(Optional.of(new NearDuplicates.Match("refund-time", 0.9)))
			.harvest(ticket("SUP-2", "Refund still missing", "Card refunds can take 10 business days."));

		StoredArticle merged = this.queue.approve("resolutions/sup-2", "kim", true);

		assertThat(merged.id()).isEqualTo("refund-time");
		assertThat(merged.content().questions()).containsExactly("when do I get my money back", "Refund still missing");
		assertThat(merged.content().answer()).contains("Card refunds can take 10 business days.");
		assertThat(merged.content().status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(this.articles.find("resolutions/sup-2").orElseThrow().content().status())
			.isEqualTo(ArticleStatus.ARCHIVED);
	}

	@Test
	void rejectingArchivesAndASecondReviewIsRefused() {
		harvester(Optional.empty()).harvest(ticket("SUP-1", "Export my data", "Settings > Privacy > Export."));

		this.queue.reject("resolutions/sup-1", "kim", "duplicate");

		assertThat(this.articles.find("resolutions/sup-1").orElseThrow().version().changeSummary())
			.isEqualTo("rejected: duplicate");
		assertThatThrownBy(() -> this.queue.approve("resolutions/sup-1", "kim", false))
			.isInstanceOf(ReviewException.class)
			.hasMessageContaining("reviewed already");
		assertThatThrownBy(() -> this.queue.reject("refund-time", "kim", "")).isInstanceOf(ReviewException.class)
			.hasMessageContaining("not a draft made from a resolution");
	}

	@Test
	void anEditKeepsTheDraftAndItsProvenance() {
		harvester(Optional.empty()).harvest(ticket("SUP-1", "Export my data", "Settings > Privacy > Export."));
		ArticleContent draft = this.articles.find("resolutions/sup-1").orElseThrow().content();

		this.queue.edit(draft.toBuilder().tags(List.of("privacy")).answer("Use Settings > Privacy > Export.").build(),
				"kim");

		ArticleContent edited = this.articles.find("resolutions/sup-1").orElseThrow().content();
		assertThat(edited.status()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(edited.tags()).contains("privacy", "tandem-ticket:SUP-1");
		assertThat(edited.answer()).contains("Use Settings > Privacy > Export.");
	}

	private void publishRefundArticle() {
		this.articles.save(ArticleContent.builder("refund-time", "How long a refund takes", "Refunds take 5 days.")
			.questions(List.of("when do I get my money back"))
			.build(), new ArticleChange("bob", ArticleSource.IMPORT, "import"));
	}

}
