package dev.tandem.admin.kb;

import java.time.Duration;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.admin.TestAccount;
import dev.tandem.admin.browser.BrowserTest;
import dev.tandem.admin.browser.FixtureKnowledgeBase;
import dev.tandem.kb.answering.AnswerRetriever;
import dev.tandem.kb.answering.RetrievalOptions;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.article.ArticleSource;
import dev.tandem.kb.article.ArticleStatus;
import dev.tandem.kb.article.StoredArticle;
import dev.tandem.kb.calibration.CalibrationService;
import dev.tandem.kb.retrieval.RetrievalFilter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A knowledge manager finds a draft, completes and publishes it, and Tandem answers with
 * it.
 */
class KnowledgeManagerJourneyIT extends BrowserTest {

	private static final String WIFI_QUESTION = "what is the guest wifi password";

	@Autowired
	ArticleRepository repository;

	@Autowired
	AnswerRetriever retriever;

	@Autowired
	CalibrationService calibration;

	@Autowired
	ArticleCatalog catalog;

	@BeforeEach
	void fixture() {
		FixtureKnowledgeBase.ensureImported(this.repository, this.retriever, this.calibration);
		this.catalog.invalidate();
	}

	@Test
	void knowledgeManagerPublishesADraftAndTheTryItConsoleAnswersWithIt() {
		signIn(TestAccount.KNOWLEDGE_MANAGER);
		open("knowledge-base");
		Locator grid = page.locator("#kb-grid");
		assertThat(grid).containsText("Reset your password");
		screenshot("grid");
		assertHeadersSitOverTheirCellsUncut(grid);

		page.locator("#kb-search input").fill("guest wifi");
		assertThat(grid).hasAttribute("data-query", "SEARCH:guest wifi");
		waitForVaadin();
		assertThat(grid).containsText("Guest Wi-Fi password");
		screenshot("search");
		assertHeadersSitOverTheirCellsUncut(grid);
		page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("Guest Wi-Fi password"))
			.first()
			.click();
		Locator answer = page.locator("#article-answer textarea");
		answer.waitFor();
		answer.fill("The guest Wi-Fi is “Acme-Guest”; its password is printed on the card at reception.");
		page.locator("#article-change-summary input").fill("answer for visitors");
		page.locator("#article-preview-tab").click();
		screenshot("editor");

		page.locator("#article-publish").click();
		waitForVaadin();
		assertThat(page.locator("#article-editor")).hasCount(0);

		StoredArticle published = this.repository.find("draft-wifi").orElseThrow();
		assertThat(published.content().status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.version().author()).isEqualTo("km");
		assertThat(published.version().source()).isEqualTo(ArticleSource.UI);

		FixtureKnowledgeBase.awaitBest(this.retriever, WIFI_QUESTION, RetrievalFilter.published(), "draft-wifi");
		this.calibration.recalibrate((done) -> {
		});
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.retriever.retrieve(WIFI_QUESTION, RetrievalOptions.defaults()).answerable());

		open("try-it");
		page.locator("#try-it-summary input").fill("Guest wifi");
		page.locator("#try-it-description textarea").fill(WIFI_QUESTION + "?");
		page.locator("#try-it-run").click();
		assertThat(page.locator("#try-it-decision")).hasText("Tandem answers");
		assertThat(page.locator("#try-it-articles")).containsText("Guest Wi-Fi password");
		screenshot("try-it-answerable");
	}

	@Test
	void historyShowsTheDiffOfAVersion() {
		signIn(TestAccount.KNOWLEDGE_MANAGER);
		open("knowledge-base");
		page.locator("#kb-search-mode").click();
		page.locator("vaadin-select-item")
			.filter(new Locator.FilterOptions().setHasText("Title or id contains"))
			.click();
		page.locator("#kb-search input").fill("refund");
		assertThat(page.locator("#kb-grid")).hasAttribute("data-query", "TITLE:refund");
		waitForVaadin();
		page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("How long a refund takes"))
			.first()
			.click();
		page.locator("#article-title input").fill("How long a refund takes (card payments)");
		page.locator("#article-save").click();
		waitForVaadin();
		assertThat(page.locator("#article-editor")).hasCount(0);
		page.locator("vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText("How long a refund takes (card payments)"))
			.first()
			.click();
		page.locator("#article-history").click();
		assertThat(page.locator("#article-diff")).containsText("+ title: How long a refund takes (card payments)");
		assertThat(page.locator("#article-versions")).isVisible();
		page.waitForFunction("() => !document.querySelector('vaadin-dialog-overlay[opening], vaadin-dialog[opening]')");
		screenshot("history");
	}

	@Test
	void importOfAnUploadedFileKeepsTheValidArticlesAndListsTheRejectedLines() throws java.io.IOException {
		java.nio.file.Path file = java.nio.file.Files.createTempDirectory("upload").resolve("more-articles.jsonl");
		java.nio.file.Files.writeString(file,
				"""
						{"id": "uploaded-parking", "title": "Visitor parking", "body": "Visitors park on level -1.", "questions": ["where can visitors park"]}
						{"id": "uploaded-broken", "title": "", "body": "no title"}
						""");
		signIn(TestAccount.KNOWLEDGE_MANAGER);
		open("knowledge-base");
		page.locator("#kb-import").click();
		page.locator("#import-upload input[type=file]").setInputFiles(file);
		assertThat(page.locator("#import-status")).containsText("1 created",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
		assertThat(page.locator("#import-status")).containsText("1 rejected");
		assertThat(page.locator("#import-problems")).containsText("more-articles.jsonl:2");
		screenshot("import");
		assertThat(this.repository.find("uploaded-parking")).isPresent()
			.hasValueSatisfying((article) -> assertThat(article.version().author()).isEqualTo("km"));
		assertThat(this.repository.find("uploaded-broken")).isEmpty();
	}

	@Test
	void managerCannotOpenTheKnowledgeBase() {
		signIn(TestAccount.MANAGER);
		open("knowledge-base");
		assertThat(page.locator("#article-editor")).hasCount(0);
		assertThat(page.locator("#view-knowledge-base")).hasCount(0);
		assertThat(page.locator("body")).containsText("Page not found");
		screenshot("manager-denied");
	}

	@Test
	void chineseGridKeepsEachHeaderOverItsCells() {
		signIn(TestAccount.CHINESE_KNOWLEDGE_MANAGER);
		open("knowledge-base");
		Locator grid = page.locator("#kb-grid");
		assertThat(grid).containsText("Reset your password");
		assertThat(grid).containsText("标题");
		screenshot("grid-zh");
		assertHeadersSitOverTheirCellsUncut(grid);
	}

	/**
	 * Column widths are applied per cell, so a width that depends on the cell's font puts
	 * headers beside their cells; compares the first row's cells with the header cells,
	 * and lists the headers whose text does not fit.
	 */
	@SuppressWarnings("unchecked")
	private void assertHeadersSitOverTheirCellsUncut(Locator grid) {
		waitForVaadin();
		java.util.Map<String, Object> layout = (java.util.Map<String, Object>) grid.evaluate(
				"""
						(grid) => {
						  const shown = (row) => Array.from(row.children).filter((c) => !c.hidden && c.offsetWidth > 0);
						  const boxes = (row) => shown(row)
						    .map((c) => Math.round(c.getBoundingClientRect().left) + '+' + Math.round(c.getBoundingClientRect().width))
						    .join(' ');
						  const header = grid.shadowRoot.querySelector('#header tr');
						  const body = grid.shadowRoot.querySelector('#items tr');
						  const cut = shown(header)
						    .map((c) => c.querySelector('slot').assignedElements()[0])
						    .filter((content) => content.scrollWidth > content.clientWidth)
						    .map((content) => content.textContent.trim());
						  return { header: boxes(header), body: boxes(body), cut: cut.join(', ') };
						}""");
		assertThat(layout.get("body")).as("cells under headers").isEqualTo(layout.get("header"));
		assertThat(layout.get("cut")).as("headers cut off").isEqualTo("");
	}

}
