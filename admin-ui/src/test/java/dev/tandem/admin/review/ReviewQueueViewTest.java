package dev.tandem.admin.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import dev.tandem.admin.BrowserlessUiTest;
import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.harvest.HarvestSettings;
import dev.tandem.kb.harvest.NearDuplicates;
import dev.tandem.kb.harvest.ResolutionHarvester;
import dev.tandem.kb.harvest.ResolvedTicket;
import dev.tandem.kb.harvest.ReviewItem;

import static org.assertj.core.api.Assertions.assertThat;

@WithUserDetails("km")
class ReviewQueueViewTest extends BrowserlessUiTest {

	/** Unique per test: the in-memory store is shared by the tests of a run. */
	private String key;

	@BeforeEach
	void clearQueue() {
		this.key = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
		// Other tests' pending drafts would show too: archive them.
		new dev.tandem.kb.harvest.ReviewQueue(this.articles).pending()
			.forEach((item) -> this.articles.save(item.draft().content().withStatus(ArticleStatus.ARCHIVED),
					new ArticleChange("test", ArticleSource.UI, "clean up")));
	}

	@Test
	void showsAnEmptyStateWhenNothingWaits() {
		ReviewQueueView view = navigate("review-queue", ReviewQueueView.class);

		assertThat(view.empty.isVisible()).isTrue();
		assertThat(view.grid.isVisible()).isFalse();
	}

	@Test
	void publishesAnEditedDraftFromAResolution() {
		harvest(this.key + "-1", "How do I export my data?", Optional.empty());
		ReviewQueueView view = navigate("review-queue", ReviewQueueView.class);
		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(test(view.grid).getRow(0).provenance().ticket()).isEqualTo(this.key + "-1");

		view.grid.select(test(view.grid).getRow(0));
		ReviewPanel panel = panel(view);
		assertThat(panel.answer.getValue()).isEqualTo("Settings > Privacy > Export sends you the archive.");
		panel.answer.setValue("Use Settings > Privacy > Export: the archive arrives by e-mail.");
		test($(Button.class).id("review-approve")).click();

		StoredArticle published = this.articles.find(draftId(this.key + "-1")).orElseThrow();
		assertThat(published.content().status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.content().answer())
			.contains("Use Settings > Privacy > Export: the archive arrives by e-mail.");
		assertThat(published.version().author()).isEqualTo("km");
		assertThat(view.empty.isVisible()).isTrue();
	}

	@Test
	void mergesASuggestedEditShownBesideItsArticle() {
		String target = "refund-" + this.key.toLowerCase(java.util.Locale.ROOT);
		this.articles.save(ArticleContent.builder(target, "How long a refund takes", "Refunds take 5 days.")
			.questions(List.of("when do I get my money back"))
			.build(), new ArticleChange("seed", ArticleSource.IMPORT, "seeded"));
		harvest(this.key + "-2", "Refund still missing after a week",
				Optional.of(new NearDuplicates.Match(target, 0.9)));
		ReviewQueueView view = navigate("review-queue", ReviewQueueView.class);
		ReviewItem item = test(view.grid).getRow(0);
		assertThat(item.isSuggestedEdit()).isTrue();

		view.grid.select(item);
		ReviewPanel panel = panel(view);
		assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).id("review-target")
			.getElement()
			.getTextRecursively()).contains("Refunds take 5 days.");
		panel.takeAnswer.setValue(true);
		test($(Button.class).id("review-approve")).click();

		ArticleContent merged = this.articles.find(target).orElseThrow().content();
		assertThat(merged.questions()).contains("Refund still missing after a week");
		assertThat(merged.answer()).contains("Settings > Privacy > Export sends you the archive.");
		assertThat(this.articles.find(draftId(this.key + "-2")).orElseThrow().content().status())
			.isEqualTo(ArticleStatus.ARCHIVED);
	}

	@Test
	void rejectsWithAReason() {
		harvest(this.key + "-3", "Export my files", Optional.empty());
		ReviewQueueView view = navigate("review-queue", ReviewQueueView.class);
		view.grid.select(test(view.grid).getRow(0));
		panel(view).rejectReason.setValue("too specific");
		test($(Button.class).id("review-reject")).click();

		StoredArticle rejected = this.articles.find(draftId(this.key + "-3")).orElseThrow();
		assertThat(rejected.content().status()).isEqualTo(ArticleStatus.ARCHIVED);
		assertThat(rejected.version().changeSummary()).isEqualTo("rejected: too specific");
	}

	@Test
	void aDraftFromAKnowledgeGapOpensFromItsAddressAndItsAnswerReplacesTheEvidence() {
		String id = "gap-" + this.key.toLowerCase(java.util.Locale.ROOT);
		this.articles.save(ArticleContent
			.builder(id, "Vpn tunnel drops", "Customers asked about this 4 times ... Tickets: SUP-1, SUP-2")
			.questions(List.of("VPN keeps disconnecting"))
			.tags(List.of("knowledge-gap", "tandem-ticket:SUP-2"))
			.status(ArticleStatus.DRAFT)
			.build(), new ArticleChange("km", ArticleSource.UI, "draft from knowledge gap"));

		com.vaadin.flow.component.UI.getCurrent()
			.navigate("review-queue", com.vaadin.flow.router.QueryParameters.of("draft", id));
		ReviewQueueView view = (ReviewQueueView) getCurrentView();

		ReviewItem selected = test(view.grid).getSelected().iterator().next();
		assertThat(selected.draft().id()).isEqualTo(id);
		assertThat(ReviewQueueView.isGapDraft(selected)).isTrue();
		ReviewPanel panel = panel(view);
		assertThat(panel.answer.getValue()).startsWith("Customers asked about this 4 times");
		panel.answer.setValue("Reinstall the VPN profile from Settings > Network.");
		test($(Button.class).id("review-approve")).click();

		StoredArticle published = this.articles.find(id).orElseThrow();
		assertThat(published.content().status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.content().body()).isEqualTo("Reinstall the VPN profile from Settings > Network.");
		assertThat(published.content().questions()).containsExactly("VPN keeps disconnecting");
	}

	private ReviewPanel panel(ReviewQueueView view) {
		return (ReviewPanel) view.detail.getChildren().findFirst().orElseThrow();
	}

	private static String draftId(String issueKey) {
		return dev.tandem.kb.harvest.Provenance.draftId(issueKey);
	}

	private void harvest(String issueKey, String summary, Optional<NearDuplicates.Match> nearest) {
		new ResolutionHarvester(this.articles, (question) -> nearest, (text) -> text, HarvestSettings.defaults())
			.harvest(new ResolvedTicket(issueKey, Optional.of("https://jira.example.com/browse/" + issueKey), summary,
					"", List.of("Hi,\n\nSettings > Privacy > Export sends you the archive.\n\nBest,\nAlex"),
					Optional.empty(), Optional.of("en")));
	}

}
