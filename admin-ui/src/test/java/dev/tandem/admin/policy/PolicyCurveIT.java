package dev.tandem.admin.policy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.tandem.admin.TestAccount;
import dev.tandem.admin.browser.BrowserTest;
import dev.tandem.admin.browser.FixtureKnowledgeBase;
import dev.tandem.kb.answering.AnswerRetriever;
import dev.tandem.kb.article.ArticleRepository;
import dev.tandem.kb.calibration.CalibrationService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** An admin sees the calibrated precision/coverage curve drawn. */
class PolicyCurveIT extends BrowserTest {

	@Autowired
	ArticleRepository repository;

	@Autowired
	AnswerRetriever retriever;

	@Autowired
	CalibrationService calibration;

	@BeforeEach
	void fixture() {
		FixtureKnowledgeBase.ensureImported(this.repository, this.retriever, this.calibration);
	}

	@Test
	void adminSeesTheCurveWithThresholdAndTarget() {
		signIn(TestAccount.ADMIN);
		open("policy");
		assertThat(page.locator("#policy-curve canvas")).hasCount(1);
		assertThat(page.locator("#policy-curve canvas")).isVisible();
		assertThat(page.locator("#policy-target")).containsText("95%");
		assertThat(page.locator("#policy-threshold")).isVisible();
		screenshot("curve");
	}

}
