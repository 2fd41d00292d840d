package dev.tandem.admin.policy;

import com.microsoft.playwright.Browser;
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

/** The policy page in Simplified Chinese (a zh-CN browser, a tall window). */
class PolicyChineseIT extends BrowserTest {

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

	@Override
	protected Browser.NewContextOptions contextOptions() {
		return super.contextOptions().setLocale("zh-CN").setViewportSize(1280, 3200);
	}

	@Test
	void adminSeesThePolicyPageInChinese() {
		signIn(TestAccount.ADMIN);
		open("policy");
		assertThat(page.locator("#policy-mode-switch")).containsText("切换到影子模式");
		assertThat(page.locator("#policy-form")).containsText("从不自动回复的类别");
		assertThat(page.locator("#policy-save")).containsText("保存为新版本");
		assertThat(page.locator("#policy-history")).containsText("配置的默认值");
		screenshot("policy-zh");
	}

}
