package dev.tandem.admin.tryit;

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

/** The try-it console with a Chinese ticket, for a user whose account is in Chinese. */
class TryItChineseIT extends BrowserTest {

	@Autowired
	ArticleRepository repository;

	@Autowired
	AnswerRetriever retriever;

	@Autowired
	CalibrationService calibration;

	@Override
	protected Browser.NewContextOptions contextOptions() {
		return super.contextOptions().setLocale("zh-CN");
	}

	@BeforeEach
	void fixture() {
		FixtureKnowledgeBase.ensureImported(this.repository, this.retriever, this.calibration);
	}

	@Test
	void chineseTicketFindsTheChineseArticleAndEverythingReadsInChinese() {
		signIn(TestAccount.CHINESE_KNOWLEDGE_MANAGER);
		open("try-it");
		page.locator("#try-it-summary input").fill("密码忘了");
		page.locator("#try-it-description textarea").fill("我忘记了登录密码，怎么找回？我的手机号是 13812345678");
		page.locator("#try-it-run").click();

		assertThat(page.locator("#try-it-decision")).isVisible();
		assertThat(page.locator("#try-it-language")).containsText("中文");
		assertThat(page.locator("#try-it-articles")).containsText("忘记登录密码怎么办");
		assertThat(page.locator("#try-it-masked")).not().containsText("13812345678");
		assertThat(page.locator("#try-it-reasons")).isVisible();
		screenshot("zh");
	}

}
