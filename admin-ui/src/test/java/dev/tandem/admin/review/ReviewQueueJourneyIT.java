package dev.tandem.admin.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.admin.TestAccount;
import dev.tandem.admin.browser.BrowserTest;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.harvest.HarvestSettings;
import dev.tandem.kb.harvest.Provenance;
import dev.tandem.kb.harvest.ResolutionHarvester;
import dev.tandem.kb.harvest.ResolvedTicket;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A knowledge manager opens the review queue, reads the draft Tandem made from a ticket
 * an agent resolved, and publishes it.
 */
class ReviewQueueJourneyIT extends BrowserTest {

	@Autowired
	ArticleRepository repository;

	@Test
	void knowledgeManagerApprovesADraftFromAResolution() {
		String issueKey = "SUP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
		String title = "How do I export all my account data? " + issueKey;
		new ResolutionHarvester(this.repository, (question) -> Optional.empty(), (text) -> text,
				HarvestSettings.defaults())
			.harvest(new ResolvedTicket(issueKey, Optional.of("https://jira.example.com/browse/" + issueKey), title,
					"I need a copy of everything stored in my account.",
					List.of("Hi Casey,\n\nGo to Settings > Privacy > Export data and click \"Request export\". "
							+ "We e-mail you a link to a ZIP archive within 24 hours.\n\nBest regards,\nAlex"),
					Optional.of("account"), Optional.of("en")));

		signIn(TestAccount.KNOWLEDGE_MANAGER);
		open("review-queue");
		Locator grid = page.locator("#review-grid");
		assertThat(grid).containsText(issueKey);
		page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(title)).first().click();
		waitForVaadin();
		assertThat(page.locator("#review-source")).containsText("Drafted from ticket " + issueKey);
		assertThat(page.locator("#review-answer textarea")).hasValue(
				"Go to Settings > Privacy > Export data and click \"Request export\". We e-mail you a link to a ZIP archive within 24 hours.");
		screenshot("draft");

		page.locator("#review-approve").click();
		waitForVaadin();
		assertThat(page.locator("vaadin-notification-card")).containsText("Published");
		screenshot("published");

		StoredArticle published = this.repository.find(Provenance.draftId(issueKey)).orElseThrow();
		assertThat(published.content().status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.version().author()).isEqualTo("km");
	}

}
