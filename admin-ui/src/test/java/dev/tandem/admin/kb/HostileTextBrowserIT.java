package dev.tandem.admin.kb;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.admin.TestAccount;
import dev.tandem.admin.browser.BrowserTest;
import dev.tandem.kb.article.ArticleChange;
import dev.tandem.kb.article.ArticleContent;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Markup in article and ticket text never runs in a real browser: every hostile snippet
 * would set {@code window.tandemXss} if it ran.
 */
class HostileTextBrowserIT extends BrowserTest {

	private static final String IMG = "<img src=x onerror=\"window.tandemXss=1\">";

	private static final String SCRIPT = "<script>window.tandemXss=1</script>";

	@Autowired
	ArticleRepository repository;

	@Autowired
	ArticleCatalog catalog;

	@Test
	void hostileArticleAndTicketTextIsShownAndNeverRuns() {
		String id = "xss-" + UUID.randomUUID().toString().substring(0, 8);
		this.repository.save(ArticleContent
			.builder(id, "Hostile " + IMG,
					"Body " + SCRIPT + "\n\n" + IMG
							+ "\n\n[click](javascript:window.tandemXss=1)\n\n<svg onload=\"window.tandemXss=1\"></svg>")
			.status(ArticleStatus.DRAFT)
			.build(), new ArticleChange("seed", ArticleSource.IMPORT, "seeded"));
		this.catalog.invalidate();

		signIn(TestAccount.ADMIN);
		open("knowledge-base");
		page.locator("#kb-search-mode").click();
		page.locator("vaadin-select-item")
			.filter(new Locator.FilterOptions().setHasText("Title or id contains"))
			.click();
		page.locator("#kb-search input").fill(id);
		waitForVaadin();
		assertThat(page.locator("#kb-grid")).containsText("Hostile <img src=x");
		waitForVaadin();
		page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("Hostile <img src=x"))
			.first()
			.click();
		page.locator("#article-editor").waitFor();
		page.locator("#article-preview-tab").click();
		waitForVaadin();
		assertThat(page.locator("#article-editor")).containsText("<script>window.tandemXss=1</script>");
		screenshot("editor-preview");

		open("try-it");
		page.locator("#try-it-summary input").fill("Refund " + IMG);
		page.locator("#try-it-description textarea").fill(SCRIPT + " " + IMG);
		page.locator("#try-it-run").click();
		waitForVaadin();
		screenshot("try-it");

		org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.tandemXss === undefined"))
			.as("a hostile snippet ran")
			.isEqualTo(true);
	}

}
